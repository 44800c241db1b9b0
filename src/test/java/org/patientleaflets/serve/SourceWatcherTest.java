package org.patientleaflets.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher says which files a burst of changes touched, once it can know. */
class SourceWatcherTest {

    @TempDir
    Path folder;

    private final BlockingQueue<Optional<Set<Path>>> heard = new LinkedBlockingQueue<>();

    @Test
    void tellsWhichFilesChangedSaveForTheFirstBurstSinceChangesBeforeWatchingWentUnseen() throws Exception {
        Path leaflet = Files.createDirectories(folder.resolve("content/demo"));
        try (SourceWatcher watcher = watchContent()) {
            Optional<Set<Path>> first = save(leaflet.resolve("en.md"));
            Files.writeString(leaflet.resolve("fr.md"), "second save");

            assertThat(first).isEmpty();
            assertThat(heard.poll(10, TimeUnit.SECONDS)).contains(Set.of(leaflet.resolve("fr.md")));
        }
    }

    @Test
    void anEditorsSwapFileIsNoChange() throws Exception {
        Path leaflet = Files.createDirectories(folder.resolve("content/demo"));
        try (SourceWatcher watcher = watchContent()) {
            save(leaflet.resolve("en.md"));
            Files.writeString(leaflet.resolve(".fr.md.swp"), "typing");
            Files.writeString(leaflet.resolve("fr.md"), "saved");

            assertThat(heard.poll(10, TimeUnit.SECONDS)).contains(Set.of(leaflet.resolve("fr.md")));
        }
    }

    private SourceWatcher watchContent() throws IOException {
        return new SourceWatcher(List.of(folder.resolve("content")), Duration.ofMillis(50), heard::add);
    }

    /** Saves a file and returns what the watcher first said of it, once it has nothing more to say. */
    private Optional<Set<Path>> save(Path file) throws Exception {
        Files.writeString(file, "a save");
        Optional<Set<Path>> first = heard.poll(10, TimeUnit.SECONDS);
        // A busy machine may split a save's events into two bursts: wait for quiet.
        while (heard.poll(500, TimeUnit.MILLISECONDS) != null) {}
        return first;
    }
}
