package org.patientleaflets.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A procedure leaflet in all the languages it exists in.
 *
 * @param slug the folder name under {@code content/}, used in URLs
 * @param folder the leaflet's folder, where the images its texts show are
 * @param texts the texts by language code
 */
public record Leaflet(String slug, Path folder, SortedMap<String, LeafletText> texts) {

    public Leaflet {
        texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    /** A file of the leaflet's folder, or empty when the path leads out of the folder. */
    public Optional<Path> file(String relativePath) {
        Path file = folder.resolve(relativePath).normalize();
        return file.startsWith(folder) && !file.equals(folder) ? Optional.of(file) : Optional.empty();
    }

    public Optional<LeafletText> text(String language) {
        return Optional.ofNullable(texts.get(language));
    }
}
