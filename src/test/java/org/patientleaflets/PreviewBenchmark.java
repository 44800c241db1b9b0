package org.patientleaflets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.model.BuildResult;

/**
 * Prints what a save costs in {@code leaflet:serve}: a preview is built once, then one text is edited again
 * and again and the site built after each edit, as the preview does. Run it with {@code bench/preview.sh};
 * medians, since machines are noisy. Each build is told which file changed, as the preview's watcher tells it.
 * The edited text is put back as it was at the end.
 */
public final class PreviewBenchmark {

    public static void main(String[] arguments) throws Exception {
        Path project = Path.of(arguments[0]).toAbsolutePath();
        int saves = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 10;
        BuildConfig config = Benchmarks.config(project, Path.of("target/leaflets"), true);
        Path text = firstText(config.contentDirectory());
        byte[] original = Files.readAllBytes(text);
        FileTime originalTime = Files.getLastModifiedTime(text);
        try {
            LiveSite site = new LiveSite(config);
            long start = System.nanoTime();
            BuildResult first = site.build();
            System.out.printf("first build: %d pages in %.0f ms%n", first.pagesWritten(), Benchmarks.millis(start));
            double[] took = new double[saves];
            for (int save = 0; save < saves; save++) {
                // A new sentence, without figures, at the end of the text's last section.
                Files.writeString(text, new String(original, "UTF-8") + "\nUne phrase de plus, " + word(save) + ".\n");
                start = System.nanoTime();
                // As the preview's watcher tells it.
                BuildResult result = site.build(Optional.of(Set.of(text)));
                took[save] = Benchmarks.millis(start);
                if (!result.published()) {
                    throw new IllegalStateException("the edited site was not built: " + result.diagnostics());
                }
                System.out.printf(
                        "save %d: %.0f ms, %d pages rendered anew%n",
                        save + 1, took[save], site.pagesRenderedLastBuild());
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(
                    "%s: median %.0f ms per save over %d saves (%s), heap in use %d MB%n",
                    project.getFileName(),
                    Benchmarks.median(took),
                    saves,
                    Arrays.stream(took)
                            .mapToObj(ms -> String.format("%.0f", ms))
                            .toList(),
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        } finally {
            Files.write(text, original);
            Files.setLastModifiedTime(text, originalTime);
        }
    }

    private static Path firstText(Path content) throws Exception {
        try (Stream<Path> files = Files.walk(content)) {
            List<Path> texts = files.filter(
                            file -> file.getFileName().toString().equals("fr.md"))
                    .filter(file -> !file.toString().contains("/versions/"))
                    .sorted()
                    .toList();
            return texts.get(0);
        }
    }

    /** A different word at each save: aa, ab, ac... */
    private static String word(int save) {
        return "" + (char) ('a' + save / 26 % 26) + (char) ('a' + save % 26);
    }
}
