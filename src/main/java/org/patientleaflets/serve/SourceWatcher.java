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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything under them, folders made later included, and calls back once a burst of
 * changes has settled: an editor's save, or a copy of many files, gives one rebuild rather than one per event.
 * A watched folder that does not exist yet is picked up when it is made.
 */
final class SourceWatcher implements AutoCloseable {

    private final List<Path> roots;
    private final Duration quiet;
    private final Runnable onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * @param roots the folders to watch, each with everything under it
     * @param quiet how long no change must follow the last one before {@code onChange} runs
     * @param onChange what to do once changes have settled, on the watcher's own thread
     */
    SourceWatcher(List<Path> roots, Duration quiet, Runnable onChange) throws IOException {
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
        try {
            while (true) {
                boolean changed = handle(service.take());
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= handle(next);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the preview is stopping.
        }
    }

    /** Registers any new folder, and says whether an event concerns a watched file. */
    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                relevant = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (!isWatched(changed) || isEditorScratch(changed)) {
                continue;
            }
            relevant = true;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                registerTree(changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
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
