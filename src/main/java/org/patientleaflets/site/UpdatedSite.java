package org.patientleaflets.site;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site updated in place at every build, for a preview of thousands of pages where writing them all again
 * would take seconds. Until a build is published its folder has no manifest: a folder left by a build that
 * failed half-way says so, and the next build writes it whole again.
 */
final class UpdatedSite extends SiteOutput {

    private final Path site;

    /** What the last published build left in the folder, by path; empty when that is not known. */
    private Map<String, Manifest.Entry> last = Map.of();

    private boolean lastKnown;

    /** Files written from a source, under a name: a leaflet's pages, a part of a language's search index. */
    private record Made(Object source, List<Manifest.Entry> files) {}

    /** What the last build and this one made, by name. */
    private Map<String, Made> lastMade = Map.of();

    private Map<String, Made> made = new ConcurrentHashMap<>();

    private OutputLock lock;

    UpdatedSite(Path site) {
        this.site = site;
    }

    @Override
    void open() throws IOException {
        lock = OutputLock.take(site);
        try {
            if (!lastKnown) {
                AtomicOutput.deleteTree(site);
                last = Map.of();
                lastMade = Map.of();
            }
            made = new ConcurrentHashMap<>();
            lastKnown = false;
            Files.deleteIfExists(site.resolve(Manifest.FILE));
            Files.createDirectories(site);
        } catch (IOException | RuntimeException e) {
            try {
                release();
            } catch (IOException notReleased) {
                e.addSuppressed(notReleased);
            }
            throw e;
        }
    }

    @Override
    public Path location() {
        return site;
    }

    @Override
    Path folder() {
        return site;
    }

    @Override
    boolean inPlace(Manifest.Entry entry) {
        return entry.equals(last.get(entry.path()));
    }

    /** Comparing bytes costs far less than hashing them, and most files of a preview stay as they were. */
    @Override
    Optional<Manifest.Entry> unchanged(String relative, byte[] bytes) throws IOException {
        Manifest.Entry before = last.get(relative);
        if (before == null || before.size() != bytes.length) {
            return Optional.empty();
        }
        Path file = site.resolve(relative);
        return Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)
                ? Optional.of(before)
                : Optional.empty();
    }

    @Override
    Optional<List<Manifest.Entry>> keptFrom(String name, Object source) {
        Made before = lastMade.get(name);
        // Equal sources share most of their parts, which compare at once.
        if (before == null || !before.source().equals(source)) {
            return Optional.empty();
        }
        before.files().forEach(this::kept);
        made.put(name, before);
        return Optional.of(before.files());
    }

    @Override
    void wroteFrom(String name, Object source, List<String> paths) {
        made.put(name, new Made(source, paths.stream().map(written()::get).toList()));
    }

    /** Deletes what the last build wrote and this one did not, then remembers this build's files. */
    @Override
    void commit() throws IOException {
        try {
            Map<String, Manifest.Entry> now = Map.copyOf(written());
            for (String path : last.keySet()) {
                if (!now.containsKey(path)) {
                    deleteWithEmptyFolders(path);
                }
            }
            last = now;
            lastMade = made;
            lastKnown = true;
        } finally {
            release();
        }
    }

    @Override
    void abandon() throws IOException {
        release();
    }

    private void deleteWithEmptyFolders(String path) throws IOException {
        Path file = site.resolve(path);
        Files.deleteIfExists(file);
        for (Path folder = file.getParent(); !folder.equals(site); folder = folder.getParent()) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    private void release() throws IOException {
        if (lock != null) {
            OutputLock held = lock;
            lock = null;
            held.release();
        }
    }
}
