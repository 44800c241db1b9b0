package org.patientleaflets.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Link;
import org.patientleaflets.render.MarkdownHtml;
import org.patientleaflets.render.Theme;

/** Writes the static site of checked content: the entry page, one index per language, one page per text. */
public final class SiteBuilder {

    private final Theme theme;
    private final MarkdownHtml markdown = new MarkdownHtml();

    public SiteBuilder(Theme theme) {
        this.theme = theme;
    }

    /**
     * Publishes the site of {@code content} into {@code siteDirectory}, all at once.
     *
     * @return the number of pages written
     */
    public int build(Content content, Path siteDirectory) throws IOException {
        AtomicOutput output = new AtomicOutput(siteDirectory);
        Path staging = output.begin();
        try {
            int pages = write(content, staging);
            output.commit();
            return pages;
        } catch (IOException | RuntimeException e) {
            output.abandon();
            throw e;
        }
    }

    private int write(Content content, Path root) throws IOException {
        SiteViews views = new SiteViews(content, markdown);
        int pages = 0;
        writePage(root, UrlScheme.root(), theme.render("root.ftlh", views.root()));
        pages++;
        for (String language : content.settings().languages()) {
            writePage(root, UrlScheme.languageIndex(language), theme.render("index.ftlh", views.index(language)));
            pages++;
        }
        for (Leaflet leaflet : content.leaflets()) {
            for (LeafletText text : leaflet.texts().values()) {
                writePage(
                        root,
                        UrlScheme.leaflet(text.language(), text.slug()),
                        theme.render("leaflet.ftlh", views.leaflet(text)));
                copyImages(leaflet, text, root);
                pages++;
            }
        }
        for (String asset : Theme.ASSETS) {
            write(root, asset, theme.asset(asset));
        }
        return pages;
    }

    /** Puts each image beside the page that shows it, where the text's relative path finds it. */
    private static void copyImages(Leaflet leaflet, LeafletText text, Path root) throws IOException {
        String page = UrlScheme.leaflet(text.language(), text.slug());
        String pageFolder = page.substring(0, page.lastIndexOf('/') + 1);
        for (Link image : text.links()) {
            if (!image.image()) {
                continue;
            }
            Optional<String> path = image.relativePath();
            Optional<Path> file = path.flatMap(leaflet::file);
            if (file.isPresent()) {
                write(root, pageFolder + path.get(), Files.readAllBytes(file.get()));
            }
        }
    }

    private static void writePage(Path root, String page, String html) throws IOException {
        write(root, page, html.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path root, String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
