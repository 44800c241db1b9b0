package org.patientleaflets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.config.LanguageToolJars;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.render.MarkdownHtml;

/**
 * Whatever a text holds, checking it ends in positioned diagnostics, never an exception, and rendering it
 * never puts script into a page. Runs its corpus as regression tests; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ContentFuzzTest {

    private static final String SITE =
            "name: Fuzz\nbaseUrl: https://leaflets.example.org/\nlanguages: [fr, en]\n" + "phoneRegion: BE\n";
    private static final MarkdownHtml MARKDOWN = new MarkdownHtml("BE");

    @FuzzTest(maxDuration = "10m")
    void anyTextEndsInDiagnosticsAndNeverInjectsScript(FuzzedDataProvider data) throws IOException {
        byte[] french = data.consumeBytes(6000);
        String english = data.consumeRemainingAsString();
        Path project = Files.createTempDirectory("leaflet-fuzz");
        try {
            write(project.resolve("content/site.yaml"), SITE.getBytes(StandardCharsets.UTF_8));
            write(project.resolve("content/demo/fr.md"), french);
            write(project.resolve("content/demo/en.md"), english.getBytes(StandardCharsets.UTF_8));
            BuildResult result = Leaflets.check(new BuildConfig(
                    project,
                    Path.of("content"),
                    Path.of("templates"),
                    Path.of("target/leaflets"),
                    false,
                    Instant.EPOCH,
                    false,
                    false,
                    false,
                    false,
                    LanguageToolJars.classPath()));

            for (Diagnostic diagnostic : result.diagnostics()) {
                assertThat(diagnostic.position().file().toString()).startsWith("content");
                assertThat(diagnostic.message()).isNotBlank();
            }
            Document page =
                    Jsoup.parseBodyFragment(MARKDOWN.render(english, "en").html());
            assertThat(page.select(
                            "script, iframe, object, embed, [onerror], [onload], [onclick], a[href^=javascript]"))
                    .isEmpty();
        } finally {
            deleteTree(project);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
