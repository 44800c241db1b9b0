package org.patientleaflets.model;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One language of a leaflet: the source text or a translation.
 *
 * @param slug the leaflet's folder name, used in URLs
 * @param language the language code, such as {@code fr}
 * @param file the Markdown file, relative to the project directory
 * @param frontMatter the YAML header
 * @param sections the {@code ##} sections in order
 * @param markdown the body after the front matter
 * @param body the body as HTML, rendered from the same parse as the sections; empty when the text was read
 *     for its checks alone
 * @param bodyLine the file line on which the body starts
 * @param links the links and images, in reading order
 * @param rawHtml the HTML written into the Markdown, in reading order
 * @param anchors the ids of the text's headings, which {@code #id} links can point at
 * @param readability how easy the sections are to read, when the language has a formula and the text words
 */
public record LeafletText(
        String slug,
        String language,
        java.nio.file.Path file,
        FrontMatter frontMatter,
        List<Section> sections,
        String markdown,
        Optional<BodyHtml> body,
        int bodyLine,
        List<Link> links,
        List<RawHtml> rawHtml,
        Set<String> anchors,
        Optional<Readability.Score> readability) {

    /** A text as read, scored for readability from its sections. */
    public LeafletText(
            String slug,
            String language,
            java.nio.file.Path file,
            FrontMatter frontMatter,
            List<Section> sections,
            String markdown,
            Optional<BodyHtml> body,
            int bodyLine,
            List<Link> links,
            List<RawHtml> rawHtml,
            Set<String> anchors) {
        this(
                slug,
                language,
                file,
                frontMatter,
                sections,
                markdown,
                body,
                bodyLine,
                links,
                rawHtml,
                anchors,
                Readability.of(sections, language));
    }

    public LeafletText {
        sections = List.copyOf(sections);
        links = List.copyOf(links);
        rawHtml = List.copyOf(rawHtml);
        anchors = Collections.unmodifiableSet(new TreeSet<>(anchors));
    }

    /** The file as messages write it, with {@code /} between folders on every system. */
    public String path() {
        return SourcePosition.startOf(file).path();
    }
}
