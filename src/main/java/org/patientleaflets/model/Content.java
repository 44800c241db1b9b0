package org.patientleaflets.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.patientleaflets.config.SiteSettings;

/**
 * Everything loaded from a content folder.
 *
 * @param settings the site settings from {@code site.yaml}
 * @param leaflets the leaflets, sorted by slug
 * @param ledger the record of every published file
 * @param sha256 the SHA-256 of each text and frozen file, by its path as messages write it
 */
public record Content(SiteSettings settings, List<Leaflet> leaflets, Ledger ledger, SortedMap<String, String> sha256) {

    public Content {
        leaflets = List.copyOf(leaflets);
        sha256 = Collections.unmodifiableSortedMap(new TreeMap<>(sha256));
    }

    /** Every text of every leaflet, leaflet by leaflet. */
    public List<LeafletText> texts() {
        return leaflets.stream()
                .flatMap(leaflet -> leaflet.texts().values().stream())
                .toList();
    }
}
