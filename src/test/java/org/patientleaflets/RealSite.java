package org.patientleaflets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.config.LanguageToolJars;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Diagnostic;

/** The site of this repository's own {@code content/}, built by the engine as {@code leaflet:build} builds it. */
public final class RealSite {

    private RealSite() {}

    /** The real content's build settings, writing under {@code target/<output>}. */
    public static BuildConfig config(Path project, String output) {
        return new BuildConfig(
                project,
                Path.of("content"),
                Path.of("templates"),
                Path.of(output),
                false,
                Instant.parse("2026-11-27T00:00:00Z"),
                false,
                false,
                false,
                false,
                LanguageToolJars.classPath());
    }

    /** Builds the site into {@code target/<name>/site} and returns that folder. */
    public static Path build(String name) {
        BuildConfig config = config(Path.of(""), "target/" + name);
        BuildResult result = Leaflets.build(config);
        assertOnlyAwaitingApproval(result);
        assertThat(result.published()).isTrue();
        return config.siteDirectory();
    }

    /**
     * The real texts name no approver nor approval date, which their sources do not give and nobody may
     * invent: each has that one warning, and nothing else.
     */
    public static void assertOnlyAwaitingApproval(BuildResult result) {
        assertThat(result.diagnostics()).extracting(Diagnostic::format).allSatisfy(line -> assertThat(line)
                .matches(".*: warning: version \\d+ of this text awaits approval: .*" + " \\[approval]"));
    }

    /** Every page of a built site, relative to it, in a stable order. */
    public static List<String> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
