package org.patientleaflets.model;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A procedure leaflet in all the languages it exists in.
 *
 * @param slug the folder name under {@code content/}, used in URLs
 * @param texts the texts by language code
 */
public record Leaflet(String slug, SortedMap<String, LeafletText> texts) {

    public Leaflet {
        texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    public Optional<LeafletText> text(String language) {
        return Optional.ofNullable(texts.get(language));
    }
}
