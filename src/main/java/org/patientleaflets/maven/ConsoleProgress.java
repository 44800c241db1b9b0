package org.patientleaflets.maven;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.patientleaflets.Progress;

/**
 * Tells the console how a long build advances, at most every few seconds so that a large build stays
 * readable, and sums up each phase's time in one line at the end.
 */
final class ConsoleProgress implements Progress {

    /** The shortest time between two progress lines of a phase. */
    static final Duration INTERVAL = Duration.ofSeconds(2);

    private final Consumer<String> log;
    private final LongSupplier clock;
    private final List<String> phases = new ArrayList<>();
    private long total;
    private long lastLine;

    ConsoleProgress(Consumer<String> log, LongSupplier nanoClock) {
        this.log = log;
        this.clock = nanoClock;
        this.lastLine = nanoClock.getAsLong();
    }

    @Override
    public synchronized void advanced(String phase, int done, int of) {
        long now = clock.getAsLong();
        if (now - lastLine >= INTERVAL.toNanos() && done < of) {
            lastLine = now;
            log.accept(phase + ": " + done + " of " + of);
        }
    }

    @Override
    public synchronized void finished(String phase, int count, Duration took) {
        lastLine = clock.getAsLong();
        total += took.toNanos();
        phases.add(phase + " " + count + " in " + seconds(took.toNanos()));
    }

    /** One line with every phase's count and time, and their sum. */
    synchronized String summary() {
        return "Took " + seconds(total) + ": " + String.join(", ", phases);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
