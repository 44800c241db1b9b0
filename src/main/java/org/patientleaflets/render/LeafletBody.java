package org.patientleaflets.render;

import java.util.List;

/**
 * A leaflet body rendered to HTML.
 *
 * @param html the body, escaped and safe to include
 * @param contents its sections, in order, for the table of contents
 */
public record LeafletBody(String html, List<ContentsEntry> contents) {

    public LeafletBody {
        contents = List.copyOf(contents);
    }
}
