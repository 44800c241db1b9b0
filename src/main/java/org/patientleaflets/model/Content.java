package org.patientleaflets.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
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
 * @param glossary the glossary of each language, from {@code glossary.<lang>.yaml}, by term
 * @param dictionary the words and phrases proofreading accepts in each language, from
 *     {@code dictionary.<lang>.txt}
 */
public record Content(
        SiteSettings settings,
        List<Leaflet> leaflets,
        Ledger ledger,
        SortedMap<String, String> sha256,
        Map<String, List<GlossaryEntry>> glossary,
        Map<String, List<String>> dictionary) {

    public Content {
        leaflets = List.copyOf(leaflets);
        sha256 = Collections.unmodifiableSortedMap(new TreeMap<>(sha256));
        glossary = Map.copyOf(glossary);
        dictionary = Map.copyOf(dictionary);
    }

    /** The glossary of a language, empty when the site has none. */
    public List<GlossaryEntry> glossary(String language) {
        return glossary.getOrDefault(language, List.of());
    }

    /** The words and phrases proofreading accepts in a language, such as product names and medical terms. */
    public List<String> dictionary(String language) {
        return dictionary.getOrDefault(language, List.of());
    }

    /** Every text of every leaflet, leaflet by leaflet. */
    public List<LeafletText> texts() {
        return leaflets.stream()
                .flatMap(leaflet -> leaflet.texts().values().stream())
                .toList();
    }
}
