package org.patientleaflets.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.config.LanguageToolJars;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.SourcePosition;

class PageFindingsTest {

    private static final BuildConfig CONFIG = new BuildConfig(
            Path.of("/project"),
            Path.of("content"),
            Path.of("templates"),
            Path.of("target/leaflets"),
            false,
            Instant.parse("2026-11-27T00:00:00Z"),
            false,
            false,
            true,
            false,
            LanguageToolJars.classPath());

    private static final Diagnostic CURRENT = warning("content/demo/en.md");
    private static final Diagnostic FROZEN = warning("content/demo/versions/1/fr.md");
    private static final Diagnostic SETTINGS = warning("content/site.yaml");

    private static Diagnostic warning(String file) {
        return Diagnostic.warning(new SourcePosition(Path.of(file), 3, 1), "rule", "message");
    }

    private static PageFindings of(boolean published, Diagnostic... diagnostics) {
        return PageFindings.of(new BuildResult(List.of(diagnostics), 2, 1, 0, published, List.of(), false), CONFIG);
    }

    @Test
    void showsAFindingOnThePageOfItsTextAndOneOfNoTextOnEveryPage() {
        PageFindings findings = of(true, CURRENT, FROZEN, SETTINGS);

        assertThat(findings.on("en/demo/index.html")).containsExactly(SETTINGS, CURRENT);
        assertThat(findings.on("fr/demo/v1/index.html")).containsExactly(SETTINGS, FROZEN);
        assertThat(findings.on("fr/demo/index.html")).containsExactly(SETTINGS);
        assertThat(findings.on("index.html")).containsExactly(SETTINGS);
    }

    @Test
    void showsEveryFindingOnEveryPageWhenTheBuildWasRefused() {
        PageFindings findings = of(false, CURRENT, FROZEN, SETTINGS);

        assertThat(findings.on("fr/demo/index.html")).containsExactly(CURRENT, FROZEN, SETTINGS);
        assertThat(findings.on("404.html")).containsExactly(CURRENT, FROZEN, SETTINGS);
    }
}
