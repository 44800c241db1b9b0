package org.patientleaflets.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything under them, folders made later included, and calls back once a burst of
 * changes has settled: an editor's save, or a copy of many files, gives one rebuild rather than one per event.
 * A watched folder that does not exist yet is picked up when it is made. The callback hears which paths
 * changed, or nothing when that is not known: for the first burst, since changes made before watching began
 * went unseen, and when the system lost events.
 */
final class SourceWatcher implements AutoCloseable {

    private final List<Path> roots;
    private final Duration quiet;
    private final Consumer<Optional<Set<Path>>> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * @param roots the folders to watch, each with everything under it
     * @param quiet how long no change must follow the last one before {@code onChange} runs
     * @param onChange what to do once changes have settled, on the watcher's own thread, with the paths
     *     that changed when they are known
     */
    SourceWatcher(List<Path> roots, Duration quiet, Consumer<Optional<Set<Path>>> onChange) throws IOException {
        this.roots =
                roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        this.quiet = quiet;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : this.roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            } else if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                // Only to see the root being made; other changes beside it are ignored.
                register(root.getParent());
            }
        }
        thread = new Thread(this::run, "leaflet-preview-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        boolean first = true;
        try {
            while (true) {
                Changes changes = new Changes();
                handle(service.take(), changes);
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    handle(next, changes);
                }
                if (changes.unknown || !changes.paths.isEmpty()) {
                    onChange.accept(first || changes.unknown ? Optional.empty() : Optional.of(changes.paths));
                    first = false;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the preview is stopping.
        }
    }

    /** What one burst of events changed. */
    private static final class Changes {
        final Set<Path> paths = new HashSet<>();
        /** Whether the system lost events, or reported them for a folder no longer known. */
        boolean unknown;
    }

    /** Registers any new folder, and notes what each event concerning a watched file changed. */
    private void handle(WatchKey key, Changes changes) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changes.unknown = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (!isWatched(changed) || isEditorScratch(changed)) {
                continue;
            }
            changes.paths.add(changed);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                registerTree(changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Editors' swap, lock and backup files ({@code .fr.md.swp}, {@code .#fr.md}, {@code #fr.md#}, {@code fr.md~})
     * change while the writer types, not when they save, and are no content.
     */
    private static boolean isEditorScratch(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    private boolean isWatched(Path path) {
        return roots.stream().anyMatch(path::startsWith);
    }

    private void registerTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            tree.filter(Files::isDirectory).forEach(this::register);
        } catch (IOException | UncheckedIOException e) {
            // A folder deleted while it was walked has nothing left to watch.
        }
    }

    private void register(Path folder) {
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder, e);
        }
    }

    /** Stops watching; a rebuild under way is let finish rather than interrupted halfway through its writes. */
    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
