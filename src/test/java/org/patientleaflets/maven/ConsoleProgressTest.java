package org.patientleaflets.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final List<String> lines = new ArrayList<>();
    private final AtomicLong now = new AtomicLong();
    private final ConsoleProgress progress = new ConsoleProgress(lines::add, now::get);

    @Test
    void tellsHowALongPhaseAdvancesAtMostEveryTwoSeconds() {
        for (int done = 1; done <= 1000; done++) {
            now.addAndGet(Duration.ofMillis(10).toNanos());
            progress.advanced("PDFs", done, 1000);
        }

        assertThat(lines)
                .containsExactly("PDFs: 200 of 1000", "PDFs: 400 of 1000", "PDFs: 600 of 1000", "PDFs: 800 of 1000");
    }

    @Test
    void aShortPhaseSaysNothingUntilItsSummary() {
        now.addAndGet(Duration.ofMillis(300).toNanos());
        progress.advanced("pages", 1, 2);
        progress.finished("pages", 2, Duration.ofMillis(300));

        assertThat(lines).isEmpty();
    }

    @Test
    void sumsUpEveryPhaseWithItsCountAndTimeInOneLine() {
        progress.finished("texts read", 4, Duration.ofMillis(120));
        progress.finished("pages", 8, Duration.ofMillis(1500));

        assertThat(progress.summary()).isEqualTo("Took 1.62 s: texts read 4 in 0.12 s, pages 8 in 1.50 s");
    }
}
