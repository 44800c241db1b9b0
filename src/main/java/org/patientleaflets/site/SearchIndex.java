package org.patientleaflets.site;

import java.io.IOException;
import java.util.regex.Pattern;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Section;

/**
 * The search index of one language: each leaflet's title, summary, and the heading and text of each section,
 * so that a word found only in the risks finds the leaflet. It is a script that sets a global rather than a
 * JSON file, since a page opened from disk may load a script but may not fetch a file.
 */
final class SearchIndex {

    /** The global the index is assigned to; the search script reads it. */
    static final String GLOBAL = "leafletSearchIndex";

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchIndex() {}

    /** The logical asset name of a language's index. */
    static String asset(String language) {
        return "assets/search-" + language + ".js";
    }

    /**
     * Writes the index of {@code language} to {@code js} one leaflet at a time: on a site of thousands of
     * leaflets it holds all their text, more than is worth keeping in memory at once.
     */
    static void write(Content content, String language, Appendable js) throws IOException {
        String page = UrlScheme.languageIndex(language);
        js.append("window.").append(GLOBAL).append(" = [");
        String separator = "\n";
        for (Leaflet leaflet : content.leaflets()) {
            LeafletText text = leaflet.text(language).orElse(null);
            if (text == null) {
                continue;
            }
            FrontMatter frontMatter = text.frontMatter();
            js.append(separator)
                    .append("{\"title\":")
                    .append(string(SiteViews.typography(frontMatter.title(), language)))
                    .append(",\"summary\":")
                    .append(string(SiteViews.typography(
                            frontMatter.text(FrontMatter.SUMMARY).orElse(""), language)))
                    .append(",\"href\":")
                    .append(string(UrlScheme.relative(page, UrlScheme.leaflet(language, text.slug()))))
                    .append(",\"sections\":[");
            String sectionSeparator = "";
            for (Section section : text.sections()) {
                js.append(sectionSeparator)
                        .append("{\"heading\":")
                        .append(string(SiteViews.typography(section.heading(), language)))
                        .append(",\"text\":")
                        .append(string(SPACES.matcher(section.plainText())
                                .replaceAll(" ")
                                .strip()))
                        .append('}');
                sectionSeparator = ",";
            }
            js.append("]}");
            separator = ",\n";
        }
        js.append("\n];\n");
    }

    /** A JSON string literal, also valid JavaScript: line and paragraph separators are escaped too. */
    static String string(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }
}
