package org.patientleaflets.model;

import java.util.List;

/**
 * One language of a leaflet: the source text or a translation.
 *
 * @param slug the leaflet's folder name, used in URLs
 * @param language the language code, such as {@code fr}
 * @param file the Markdown file, relative to the project directory
 * @param frontMatter the YAML header
 * @param sections the {@code ##} sections in order
 * @param markdown the body after the front matter
 * @param bodyLine the file line on which the body starts
 */
public record LeafletText(
        String slug,
        String language,
        java.nio.file.Path file,
        FrontMatter frontMatter,
        List<Section> sections,
        String markdown,
        int bodyLine) {

    public LeafletText {
        sections = List.copyOf(sections);
    }

    /** The file as messages write it, with {@code /} between folders on every system. */
    public String path() {
        return SourcePosition.startOf(file).path();
    }
}
