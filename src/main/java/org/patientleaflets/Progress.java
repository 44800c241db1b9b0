package org.patientleaflets;

import java.time.Duration;
import java.util.function.ToIntFunction;

/**
 * Hears how a build advances: the items of its long phases as they are done, and each phase as it ends, with
 * how many things it handled and how long it took. Called from several threads at once.
 */
public interface Progress {

    /** Hears nothing. */
    Progress SILENT = new Progress() {
        @Override
        public void advanced(String phase, int done, int total) {}

        @Override
        public void finished(String phase, int count, Duration took) {}
    };

    /** One more item of {@code phase} is done: {@code done} of {@code total} so far. */
    void advanced(String phase, int done, int total);

    /** {@code phase} handled {@code count} things in {@code took}. */
    void finished(String phase, int count, Duration took);

    /** Runs one phase and reports its time, with the count it handled. */
    default <T, E extends Exception> T timed(String phase, Work<T, E> work, ToIntFunction<T> count) throws E {
        long start = System.nanoTime();
        T result = work.run();
        finished(phase, count.applyAsInt(result), Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    /** The work of one phase. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }
}
