package org.patientleaflets.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A procedure leaflet in all the languages it exists in.
 *
 * @param slug the folder name under {@code content/}, used in URLs
 * @param folder the leaflet's folder, where the images its texts show are
 * @param texts the current texts by language code
 * @param versions the frozen copies of earlier published versions, by ascending number
 */
public record Leaflet(String slug, Path folder, SortedMap<String, LeafletText> texts, List<PublishedVersion> versions) {

    public Leaflet {
        texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
        versions = versions.stream()
                .sorted(Comparator.comparingInt(PublishedVersion::number))
                .toList();
    }

    /** The published versions that hold a text in {@code language}, oldest first. */
    public List<LeafletText> published(String language) {
        return versions.stream()
                .flatMap(version -> version.copy().text(language).stream())
                .toList();
    }

    /** The frozen copy of version {@code number} in {@code language}, if it was published. */
    public Optional<LeafletText> published(String language, int number) {
        return versions.stream()
                .filter(version -> version.number() == number)
                .flatMap(version -> version.copy().text(language).stream())
                .findFirst();
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
