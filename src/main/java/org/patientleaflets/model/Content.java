package org.patientleaflets.model;

import java.util.List;
import org.patientleaflets.config.SiteSettings;

/**
 * Everything loaded from a content folder.
 *
 * @param settings the site settings from {@code site.yaml}
 * @param leaflets the leaflets, sorted by slug
 */
public record Content(SiteSettings settings, List<Leaflet> leaflets) {

    public Content {
        leaflets = List.copyOf(leaflets);
    }

    /** Every text of every leaflet, leaflet by leaflet. */
    public List<LeafletText> texts() {
        return leaflets.stream()
                .flatMap(leaflet -> leaflet.texts().values().stream())
                .toList();
    }
}
