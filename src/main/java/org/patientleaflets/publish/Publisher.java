package org.patientleaflets.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.patientleaflets.content.ContentLoader;
import org.patientleaflets.content.Sha256;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Ledger;
import org.patientleaflets.model.Link;

/**
 * Freezes each current text whose version has no frozen copy yet into {@code <slug>/versions/<n>/}, with
 * the images it shows, and records the SHA-256 of every file it writes in the ledger.
 */
public final class Publisher {

    private final Path projectDirectory;
    private final Path contentDirectory;

    public Publisher(Path projectDirectory, Path contentDirectory) {
        this.projectDirectory = projectDirectory;
        this.contentDirectory = contentDirectory;
    }

    /** Freezes what is new and returns the files written, as messages write paths. */
    public List<String> publish(Content content) throws IOException {
        SortedMap<String, String> ledger = new TreeMap<>();
        content.ledger().entries().forEach((path, entry) -> ledger.put(path, entry.sha256()));
        List<String> frozen = new ArrayList<>();
        for (Leaflet leaflet : content.leaflets()) {
            for (LeafletText text : leaflet.texts().values()) {
                int version = text.frontMatter().version();
                if (leaflet.published(text.language(), version).isEmpty()) {
                    Path folder =
                            leaflet.folder().resolve(ContentLoader.VERSIONS).resolve(String.valueOf(version));
                    freeze(projectDirectory.resolve(text.file()), folder.resolve(text.language() + ".md"), ledger)
                            .ifPresent(frozen::add);
                    for (String image : images(text)) {
                        Optional<Path> file = leaflet.file(image);
                        if (file.isPresent()) {
                            freeze(file.get(), folder.resolve(image), ledger).ifPresent(frozen::add);
                        }
                    }
                }
            }
        }
        if (!frozen.isEmpty()) {
            writeLedger(ledger);
        }
        return frozen;
    }

    private static List<String> images(LeafletText text) {
        return text.links().stream()
                .filter(Link::image)
                .flatMap(link -> link.relativePath().stream())
                .toList();
    }

    /** Copies a file to its frozen place, unless a copy is there already (an image two texts show). */
    private Optional<String> freeze(Path source, Path target, Map<String, String> ledger) throws IOException {
        if (Files.exists(target)) {
            return Optional.empty();
        }
        Files.createDirectories(target.getParent());
        byte[] bytes = Files.readAllBytes(source);
        Files.write(target, bytes);
        ledger.put(slashes(contentDirectory.relativize(target)), Sha256.of(bytes));
        return Optional.of(slashes(projectDirectory.relativize(target)));
    }

    private void writeLedger(SortedMap<String, String> ledger) throws IOException {
        StringBuilder yaml = new StringBuilder()
                .append("# Written by leaflet:publish: the SHA-256 of each published file, which must never change.\n")
                .append("# Publish a change as a new version of the current text instead.\n");
        ledger.forEach(
                (path, hash) -> yaml.append(path).append(": ").append(hash).append('\n'));
        Files.writeString(contentDirectory.resolve(Ledger.FILE_NAME), yaml, StandardCharsets.UTF_8);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
