package org.patientleaflets.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.render.MarkdownHtml;
import org.patientleaflets.render.Theme;

/**
 * Writes the static site of checked content: the entry and not-found pages, one index per language, one page per
 * text, the assets under content-hashed names and the sitemap.
 */
public final class SiteBuilder {

    private final Theme theme;

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
        AssetNames assets = new AssetNames();
        for (String asset : Theme.ASSETS) {
            byte[] bytes = theme.asset(asset);
            write(root, assets.add(asset, bytes), bytes);
        }
        for (String language : content.settings().languages()) {
            String index = SearchIndex.script(content, language);
            writeText(root, assets.add(SearchIndex.asset(language), index), index);
        }
        SiteViews views =
                new SiteViews(content, new MarkdownHtml(content.settings().phoneRegion()), assets);
        int pages = 0;
        writeText(root, UrlScheme.root(), theme.render("root.ftlh", views.root(UrlScheme.root())));
        writeText(root, UrlScheme.notFound(), theme.render("404.ftlh", views.root(UrlScheme.notFound())));
        pages += 2;
        for (String language : content.settings().languages()) {
            writeText(root, UrlScheme.languageIndex(language), theme.render("index.ftlh", views.index(language)));
            pages++;
        }
        for (Leaflet leaflet : content.leaflets()) {
            for (LeafletText text : leaflet.texts().values()) {
                writeText(
                        root,
                        UrlScheme.leaflet(text.language(), text.slug()),
                        theme.render("leaflet.ftlh", views.leaflet(text)));
                pages++;
            }
        }
        writeText(root, "sitemap.xml", new Sitemap(content).xml());
        return pages;
    }

    private static void writeText(Path root, String relative, String text) throws IOException {
        write(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path root, String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
