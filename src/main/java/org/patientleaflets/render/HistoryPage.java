package org.patientleaflets.render;

import java.util.List;

/**
 * The list of every published version of one leaflet text, newest first.
 *
 * @param frame the layout's content
 * @param currentHref the relative address of the current version's page
 * @param versions the versions, newest first
 */
public record HistoryPage(PageFrame frame, String currentHref, List<HistoryEntry> versions) {

    public HistoryPage {
        versions = List.copyOf(versions);
    }
}
