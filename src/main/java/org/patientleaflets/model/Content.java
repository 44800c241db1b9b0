package org.patientleaflets.model;

import java.util.List;
import java.util.Map;
import org.patientleaflets.config.SiteSettings;

/**
 * Everything loaded from a content folder.
 *
 * @param settings the site settings from {@code site.yaml}
 * @param leaflets the leaflets, sorted by slug
 * @param glossary the glossary of each language, from {@code glossary.<lang>.yaml}, by term
 */
public record Content(SiteSettings settings, List<Leaflet> leaflets, Map<String, List<GlossaryEntry>> glossary) {

    public Content {
        leaflets = List.copyOf(leaflets);
        glossary = Map.copyOf(glossary);
    }

    /** The glossary of a language, empty when the site has none. */
    public List<GlossaryEntry> glossary(String language) {
        return glossary.getOrDefault(language, List.of());
    }

    /** Every text of every leaflet, leaflet by leaflet. */
    public List<LeafletText> texts() {
        return leaflets.stream()
                .flatMap(leaflet -> leaflet.texts().values().stream())
                .toList();
    }
}
