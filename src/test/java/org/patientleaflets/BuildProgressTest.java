package org.patientleaflets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long build tells how far its long phases have come, item by item, so that a large site never looks stuck. */
class BuildProgressTest {

    @TempDir
    Path folder;

    private record Advance(String phase, int done, int total) {}

    private static final class Recorded implements Progress {
        final List<Advance> advances = new ArrayList<>();
        final List<String> finished = new ArrayList<>();

        @Override
        public synchronized void advanced(String phase, int done, int total) {
            advances.add(new Advance(phase, done, total));
        }

        @Override
        public synchronized void finished(String phase, int count, Duration took) {
            finished.add(phase);
        }

        List<Advance> of(String phase) {
            return advances.stream()
                    .filter(advance -> advance.phase().equals(phase))
                    .toList();
        }
    }

    private static List<Integer> range(int total) {
        return IntStream.rangeClosed(1, total).boxed().toList();
    }

    @Test
    void readingCheckingAndRenderingEachCountTheirItemsUpToTheTotal() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).skipPdf();
        project.write("content/second/fr.md", project.read("content/demo/fr.md"))
                .write("content/second/en.md", project.read("content/demo/en.md"));
        Recorded progress = new Recorded();

        Leaflets.build(project.config(), progress);

        assertThat(progress.of("leaflets read")).map(Advance::done).containsExactlyInAnyOrder(1, 2);
        assertThat(progress.of("leaflets read")).map(Advance::total).containsOnly(2);
        List<Advance> rules = progress.of("rules applied");
        assertThat(rules).isNotEmpty().allMatch(advance -> advance.total() == rules.size());
        assertThat(rules).map(Advance::done).containsExactlyInAnyOrderElementsOf(range(rules.size()));
        assertThat(progress.of("leaflets rendered")).map(Advance::done).containsExactlyInAnyOrder(1, 2);
        assertThat(progress.of("leaflets rendered")).map(Advance::total).containsOnly(2);
        assertThat(rules.size()).isGreaterThan(10);
        assertThat(progress.finished).startsWith("files hashed", "texts read", "texts checked");
    }
}
