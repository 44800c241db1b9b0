package org.patientleaflets.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patientleaflets.content.ContentLoader;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.render.MarkdownHtml;
import org.patientleaflets.render.Theme;

/**
 * The print page of each current text of a project: the HTML its single-language PDF leaflet is made from.
 * Written to a folder, it lets another HTML-to-PDF renderer be timed on the very documents a build prints.
 */
public final class PrintPages {

    private PrintPages() {}

    /** The print pages of the project's current texts, by file name ({@code <language>-<slug>.html}). */
    static Map<String, String> of(Path project) throws IOException {
        Content content = new ContentLoader(project, MarkdownHtml::of)
                .load(project.resolve("content"))
                .content()
                .orElseThrow(() -> new IllegalStateException("content/ does not load; run leaflet:check"));
        Theme theme = new Theme(project.resolve("templates"));
        PrintViews views = new PrintViews(content);
        Map<String, String> pages = new LinkedHashMap<>();
        for (LeafletText text : content.texts()) {
            pages.put(
                    text.language() + "-" + text.slug() + ".html",
                    theme.render("leaflet-pdf.ftlh", views.single(text)));
        }
        return pages;
    }

    /** Arguments: the project folder, then the folder to write the pages into. */
    public static void main(String[] arguments) throws IOException {
        Path folder = Files.createDirectories(Path.of(arguments[1]));
        for (Map.Entry<String, String> page :
                of(Path.of(arguments[0]).toAbsolutePath()).entrySet()) {
            Files.writeString(folder.resolve(page.getKey()), page.getValue());
        }
    }
}
