package org.patientleaflets.render;

import java.util.List;
import org.patientleaflets.model.BodyHtml;
import org.patientleaflets.model.ContentsEntry;

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

    /** The body of a text as read, inflated for a page. */
    public static LeafletBody of(BodyHtml body) {
        return new LeafletBody(body.html(), body.contents());
    }
}
