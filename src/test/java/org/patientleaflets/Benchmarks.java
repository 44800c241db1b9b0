package org.patientleaflets;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.config.LanguageToolJars;

/** What the benchmarks share: the configuration of a build as Maven would make it, and their arithmetic. */
public final class Benchmarks {

    private Benchmarks() {}

    /** The build time of every benchmark, as the benchmark corpora's poms set it. */
    public static final Instant TIME = Instant.parse("2026-11-27T00:00:00Z");

    /** A build of {@code project} into {@code output}, with the parameters' defaults. */
    public static BuildConfig config(Path project, Path output, boolean skipPdf) {
        return new BuildConfig(
                project,
                Path.of("content"),
                Path.of("templates"),
                output,
                false,
                TIME,
                false,
                false,
                skipPdf,
                false,
                LanguageToolJars.classPath());
    }

    public static double millis(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
