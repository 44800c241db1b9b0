package org.patientleaflets.content;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.LeafletText;

/**
 * Texts an earlier load read, for a preview that reads the content again at every save: a file whose size
 * and modification time are those it had last time is not read again, and one whose bytes are the same gives
 * the same text and the same findings without being parsed again. Only the texts the last load read are kept.
 * A load told which files changed since the last one, as the preview's watcher sees them, takes each leaflet
 * folder that holds none of them as the last load left it, without looking at its files.
 */
public final class TextCache {

    private record Key(Path file, String slug, String language) {}

    /**
     * A text as read, known by the SHA-256 of its file rather than a second copy of its characters.
     *
     * @param stamp the file's size and time, taken before it was read; null when it had none
     */
    record Read(String sha256, Optional<LeafletText> text, List<Diagnostic> diagnostics, FileStamp stamp) {}

    private final boolean keeps;
    private volatile Map<Key, Read> previous = new ConcurrentHashMap<>();
    private volatile Map<Key, Read> used = new ConcurrentHashMap<>();

    /** What each leaflet folder gave at the last load, by its absolute path. */
    private volatile Map<Path, ContentLoader.LoadedLeaflet> leafletsBefore = Map.of();

    private final Map<Path, ContentLoader.LoadedLeaflet> leafletsNow = new ConcurrentHashMap<>();
    private SiteSettings settingsBefore;
    private SiteSettings settingsNow;
    /** The renderer that made the HTML of the texts the last load kept, and this load's. */
    private BodyRendering renderingBefore;

    private BodyRendering renderingNow;
    /** The files changed since the last load, as they were told; empty when that is not known. */
    private Optional<Set<Path>> changed = Optional.empty();
    /**
     * The changed files and every folder above them, when this load may take the leaflet folders that are
     * not among them as the last load left them; empty when it looks at everything.
     */
    private volatile Optional<Set<Path>> touched = Optional.empty();

    private TextCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** Parses every text: a single load has nothing to reuse. */
    public static TextCache none() {
        return new TextCache(false);
    }

    /** Keeps what each load reads for the next. */
    public static TextCache kept() {
        return new TextCache(true);
    }

    /**
     * Tells the next load which files changed since the last load ended, such as a watcher saw them, with
     * everything it was told since the last load that ended; empty when that is not known, and each
     * leaflet's files are looked at again. What a load is told of holds until a load ends.
     */
    public synchronized void changedSinceLastLoad(Optional<Set<Path>> files) {
        // Once not known, it stays so until a load has looked at everything.
        changed = changed.flatMap(known -> files.map(more -> {
            Set<Path> all = new HashSet<>(known);
            more.forEach(file -> all.add(file.toAbsolutePath().normalize()));
            return all;
        }));
    }

    /** @param rendering the renderer of this load: texts whose HTML another one made are read again */
    synchronized void startLoad(SiteSettings settings, BodyRendering rendering) {
        if (rendering != renderingBefore) {
            previous = new ConcurrentHashMap<>();
        }
        used = new ConcurrentHashMap<>();
        leafletsNow.clear();
        // A leaflet's findings about its own files depend on the site's languages.
        touched = keeps && settings.equals(settingsBefore) ? changed.map(TextCache::withFolders) : Optional.empty();
        settingsNow = settings;
        renderingNow = rendering;
    }

    synchronized void endLoad() {
        if (keeps) {
            previous = used;
            leafletsBefore = Map.copyOf(leafletsNow);
            settingsBefore = settingsNow;
            renderingBefore = renderingNow;
            changed = Optional.of(Set.of());
        }
        used = new ConcurrentHashMap<>();
        leafletsNow.clear();
    }

    /**
     * What the leaflet folder gave at the last load, when this load was told which files changed, none of
     * them is in the folder, and none of the folder's files or folders is a link (whose changes are seen
     * where the link leads).
     */
    Optional<ContentLoader.LoadedLeaflet> unchangedLeaflet(Path folder) {
        Optional<Set<Path>> changedOrAbove = touched;
        if (changedOrAbove.isEmpty()) {
            return Optional.empty();
        }
        Path absolute = folder.toAbsolutePath().normalize();
        ContentLoader.LoadedLeaflet before = leafletsBefore.get(absolute);
        if (before == null || !before.linkFree() || changedOrAbove.get().contains(absolute)) {
            return Optional.empty();
        }
        return Optional.of(before);
    }

    /** The files and every folder that holds one of them. */
    private static Set<Path> withFolders(Set<Path> files) {
        Set<Path> all = new HashSet<>();
        for (Path file : files) {
            for (Path path = file; path != null && all.add(path); path = path.getParent()) {}
        }
        return all;
    }

    /** Remembers what a leaflet folder gave at this load, for the next. */
    void loadedLeaflet(Path folder, ContentLoader.LoadedLeaflet loaded) {
        if (keeps) {
            leafletsNow.put(folder.toAbsolutePath().normalize(), loaded);
        }
    }

    /**
     * The text of {@code file} with the SHA-256 of its bytes and its own findings: as the last load left it
     * while the file keeps its stamp, else read by {@code readFile} and, unless its bytes are those of last
     * time, parsed by {@code parse} into findings of its own. Empty when the file cannot be read, which
     * {@code readFile} reports.
     *
     * @param attributes the file's size and time as its folder was read, before the file is
     */
    Optional<Read> read(
            Path file,
            BasicFileAttributes attributes,
            String slug,
            String language,
            Supplier<Optional<TextFileReader.TextFile>> readFile,
            BiFunction<String, List<Diagnostic>, Optional<LeafletText>> parse) {
        // Looked at before the file is read: a change made while it is read shows in the next load's stamp.
        FileStamp stamp = keeps ? FileStamp.of(attributes, Instant.now()).orElse(null) : null;
        Key key = new Key(file, slug, language);
        Read last = keeps ? previous.get(key) : null;
        if (last != null && stamp != null && stamp.equals(last.stamp())) {
            used.put(key, last);
            return Optional.of(last);
        }
        return readFile.get().map(textFile -> {
            Read read;
            if (last != null && last.sha256().equals(textFile.sha256())) {
                read = new Read(last.sha256(), last.text(), last.diagnostics(), stamp);
            } else {
                List<Diagnostic> own = new ArrayList<>();
                read = new Read(textFile.sha256(), parse.apply(textFile.characters(), own), List.copyOf(own), stamp);
            }
            if (keeps) {
                used.put(key, read);
            }
            return read;
        });
    }
}
