package org.patientleaflets.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.patientleaflets.Benchmarks;
import org.patientleaflets.Leaflets;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.pdf.PdfRenderer;

/**
 * Prints how long PDFs take: per leaflet on one thread once warm, per leaflet on every core, and a whole
 * build of a content folder. Run it with {@code bench/pdf.sh}; medians, since machines are noisy.
 */
public final class PdfBenchmark {

    private static final Instant TIME = Benchmarks.TIME;

    public static void main(String[] arguments) throws Exception {
        Path project = Path.of(arguments.length > 0 ? arguments[0] : "").toAbsolutePath();
        int rounds = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 15;
        List<String> documents = new ArrayList<>(PrintPages.of(project).values());
        PdfRenderer renderer = new PdfRenderer();
        int pages = 0;
        for (String html : documents) {
            try (var pdf = Loader.loadPDF(renderer.render(html, "file:/", TIME).bytes())) {
                pages += pdf.getNumberOfPages();
            }
        }
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            documents.forEach(html -> renderer.render(html, "file:/", TIME));
        }
        double[] sequential = new double[rounds];
        double[] parallel = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            documents.forEach(html -> renderer.render(html, "file:/", TIME));
            sequential[round] = Benchmarks.millis(start) / documents.size();
            start = System.nanoTime();
            documents.parallelStream().forEach(html -> renderer.render(html, "file:/", TIME));
            parallel[round] = Benchmarks.millis(start) / documents.size();
        }
        System.out.printf(
                Locale.ROOT,
                "%d leaflets of %.1f pages on average, PDF/UA + PDF/A + QR code, %d rounds%n",
                documents.size(),
                pages / (double) documents.size(),
                rounds);
        System.out.printf(
                Locale.ROOT, "one thread, warm:   median %.1f ms per leaflet%n", Benchmarks.median(sequential));
        System.out.printf(
                Locale.ROOT,
                "all %d cores, warm: median %.1f ms per leaflet%n",
                Runtime.getRuntime().availableProcessors(),
                Benchmarks.median(parallel));

        double[] builds = new double[5];
        BuildResult result = null;
        for (int run = 0; run < builds.length; run++) {
            Path output = Files.createTempDirectory("leaflet-bench");
            BuildConfig config = Benchmarks.config(project, output, false);
            long start = System.nanoTime();
            result = Leaflets.build(config);
            builds[run] = Benchmarks.millis(start);
        }
        System.out.printf(
                Locale.ROOT,
                "whole build (check, %d pages, %d PDFs) in one JVM: median %.0f ms over %d runs, first %.0f ms%n",
                result.pagesWritten(),
                result.pdfsWritten(),
                Benchmarks.median(builds),
                builds.length,
                builds[0]);
    }
}
