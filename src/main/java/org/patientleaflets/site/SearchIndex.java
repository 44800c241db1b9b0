package org.patientleaflets.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Section;

/**
 * The search index of one language: each leaflet's title, summary, and the heading and text of each section,
 * so that a word found only in the risks finds the leaflet. It is a script that sets a global rather than a
 * JSON file, since a page opened from disk may load a script but may not fetch a file. A large site's index
 * comes in parts of {@value #TEXTS_PER_PART} texts, each script adding its part to the global: an edited text
 * changes one part, which is all a preview writes again. The parts' names hold their hashes, so that a browser
 * may keep them for good; the index page names a small script beside it that lists them, so that the page
 * itself stays as it was when a text's body changes.
 */
final class SearchIndex {

    /** The global the index is assigned to; the search script reads it. */
    static final String GLOBAL = "leafletSearchIndex";

    /** The global the list of the index's parts is assigned to. */
    static final String PARTS_GLOBAL = "leafletSearchParts";

    private SearchIndex() {}

    /** How many texts a part of the index holds: about a megabyte of text. */
    static final int TEXTS_PER_PART = 250;

    /** The logical asset name of a part of a language's index, counted from 1. */
    static String asset(String language, int part) {
        return "assets/search-" + language + "-" + part + ".js";
    }

    /** The script that lists the parts of the index of {@code language}, beside the language's index page. */
    static String partList(String language) {
        return language + "/search-parts.js";
    }

    /** The script of {@link #partList}: the parts' addresses, relative to the language's index page. */
    static String partListScript(List<String> parts) {
        StringBuilder js = new StringBuilder("window.").append(PARTS_GLOBAL).append(" = [");
        String separator = "";
        for (String part : parts) {
            js.append(separator);
            appendString(js, part);
            separator = ", ";
        }
        return js.append("];\n").toString();
    }

    /**
     * The texts of {@code language} in the site's order, cut into the parts of its index; a language without
     * texts has one empty part, so that the search finds the index empty rather than missing.
     */
    static List<List<LeafletText>> parts(Content content, String language) {
        List<LeafletText> texts = new ArrayList<>();
        for (Leaflet leaflet : content.leaflets()) {
            leaflet.text(language).ifPresent(texts::add);
        }
        List<List<LeafletText>> parts = new ArrayList<>();
        for (int from = 0; from < texts.size() || parts.isEmpty(); from += TEXTS_PER_PART) {
            parts.add(texts.subList(from, Math.min(from + TEXTS_PER_PART, texts.size())));
        }
        return parts;
    }

    /**
     * Writes a part of the index of {@code language} to {@code js} one leaflet at a time: a part holds the
     * whole text of hundreds of leaflets, more than is worth keeping in memory at once.
     */
    static void write(List<LeafletText> part, String language, Appendable js) throws IOException {
        String page = UrlScheme.languageIndex(language);
        // The parts' scripts run in the page's order, each adding its leaflets after the ones before.
        js.append("window.").append(GLOBAL).append(" = (window.").append(GLOBAL).append(" || []).concat([");
        // Each entry is made whole and written at once: a writer's small appends cost more than the text.
        StringBuilder entry = new StringBuilder();
        String separator = "\n";
        for (LeafletText text : part) {
            FrontMatter frontMatter = text.frontMatter();
            entry.setLength(0);
            entry.append(separator).append("{\"title\":");
            appendString(entry, SiteViews.typography(frontMatter.title(), language));
            entry.append(",\"summary\":");
            appendString(
                    entry,
                    SiteViews.typography(frontMatter.text(FrontMatter.SUMMARY).orElse(""), language));
            entry.append(",\"href\":");
            appendString(entry, UrlScheme.relative(page, UrlScheme.leaflet(language, text.slug())));
            entry.append(",\"sections\":[");
            String sectionSeparator = "";
            for (Section section : text.sections()) {
                entry.append(sectionSeparator).append("{\"heading\":");
                appendString(entry, SiteViews.typography(section.heading(), language));
                entry.append(",\"text\":");
                appendString(entry, oneSpaceBetweenWords(section.plainText()).strip());
                entry.append('}');
                sectionSeparator = ",";
            }
            js.append(entry.append("]}"));
            separator = ",\n";
        }
        js.append("\n]);\n");
    }

    /**
     * Each run of spaces, tabs and line breaks (what {@code \\s} matches in a pattern) as one space. The words
     * between are copied whole: a character at a time costs several times more in the build's compiler.
     */
    static String oneSpaceBetweenWords(String text) {
        StringBuilder words = new StringBuilder(text.length());
        int wordStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                words.append(text, wordStart, i);
                if (i == 0 || !isSpace(text.charAt(i - 1))) {
                    words.append(' ');
                }
                wordStart = i + 1;
            }
        }
        return words.append(text, wordStart, text.length()).toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A JSON string literal, also valid JavaScript: line and paragraph separators are escaped too. */
    static String string(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 2);
        appendString(literal, text);
        return literal.toString();
    }

    /** Copies the characters that need no escape in whole runs, as {@link #oneSpaceBetweenWords} does. */
    private static void appendString(StringBuilder literal, String text) {
        literal.append('"');
        int plainStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            literal.append(text, plainStart, i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                default -> literal.append(String.format("\\u%04x", (int) c));
            }
            plainStart = i + 1;
        }
        literal.append(text, plainStart, text.length()).append('"');
    }
}
