package org.patientleaflets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.patientleaflets.check.Rules;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.content.BodyRendering;
import org.patientleaflets.content.ContentLoader;
import org.patientleaflets.content.LoadedContent;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.pdf.PdfRenderer;
import org.patientleaflets.publish.Publisher;
import org.patientleaflets.render.Theme;
import org.patientleaflets.render.ThemeException;
import org.patientleaflets.report.Report;
import org.patientleaflets.report.ReportWriter;
import org.patientleaflets.site.SiteBuilder;
import org.patientleaflets.site.SiteOutput;

/**
 * The engine's entry point: checks a content folder, and builds its site when the checks allow it.
 * Problems in the content come back as diagnostics; exceptions mean a fault outside the content.
 */
public final class Leaflets {

    private Leaflets() {}

    /** Loads and checks the content; writes the reports only. */
    public static BuildResult check(BuildConfig config) {
        return check(config, Progress.SILENT);
    }

    /** Loads and checks the content, telling {@code progress} how it goes; writes the reports only. */
    public static BuildResult check(BuildConfig config, Progress progress) {
        Progress watched = MemoryGuard.watching(progress);
        forgetLastBuild(config);
        Checked checked = load(config, Rules.standard(config), watched, BuildCaches.none(), CHECKS_ONLY);
        BuildResult result = BuildResult.checked(checked.diagnostics(), checked.texts());
        return reported(config, new Theme(config.templatesDirectory()), checked, result, watched);
    }

    /**
     * Checks the content and, when nothing blocks publication, replaces the site with a new one at once;
     * writes the reports either way.
     */
    public static BuildResult build(BuildConfig config) {
        return build(config, Progress.SILENT);
    }

    /**
     * Builds as {@link #build(BuildConfig)} does, telling {@code progress} how it goes. When the site and
     * reports in place came from exactly the same inputs, they are kept and their findings told again.
     */
    public static BuildResult build(BuildConfig config, Progress progress) {
        Progress watched = MemoryGuard.watching(progress);
        BuildState state = new BuildState(config);
        BuildState.Inputs inputs = watched.timed("files hashed", state::inputs, BuildState.Inputs::count);
        Optional<BuildResult> unchanged = state.unchangedSince(inputs);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        forgetLastBuild(config);
        Theme theme = new Theme(config.templatesDirectory());
        SiteOutput output = SiteOutput.staged(config.siteDirectory());
        Built built = written(config, watched, BuildCaches.none(), theme, output);
        BuildResult result = reported(config, theme, built.checked(), built.result(), watched);
        if (result.published()) {
            try {
                state.record(inputs, result, output.sizes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record the build in " + config.outputDirectory(), e);
            }
        }
        return result;
    }

    /**
     * Checks the content and writes its site through {@code output}, reusing what the caches kept of earlier
     * builds, and writes no report: the preview's build, into its own folder.
     */
    static BuildResult preview(BuildConfig config, BuildCaches caches, Theme theme, SiteOutput output) {
        return written(config, MemoryGuard.watching(Progress.SILENT), caches, theme, output)
                .result();
    }

    private record Built(Checked checked, BuildResult result) {}

    private static Built written(
            BuildConfig config, Progress progress, BuildCaches caches, Theme theme, SiteOutput output) {
        Checked checked = load(config, Rules.standard(config), progress, caches, caches.pages()::markdown);
        BuildResult checkOnly = BuildResult.checked(checked.diagnostics(), checked.texts());
        if (checked.content().isEmpty() || checkOnly.blocksPublication(config.failOnWarning())) {
            return new Built(checked, checkOnly);
        }
        BuildResult result;
        try {
            SiteBuilder.Written written = new SiteBuilder(
                            theme, PdfRenderer::new, config.buildTime(), progress, caches.pages())
                    .build(checked.content().get(), output, config.failOnWarning(), config.skipPdf());
            List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
            diagnostics.addAll(written.warnings());
            diagnostics.sort(Rules.READING_ORDER);
            result = new BuildResult(
                    diagnostics,
                    checked.texts(),
                    written.pages(),
                    written.pdfs(),
                    written.published(),
                    List.of(),
                    false);
        } catch (ThemeException e) {
            result = withTemplateFailure(checkOnly, e, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site into " + output.location(), e);
        }
        return new Built(checked, result);
    }

    /**
     * Checks the content and, when nothing blocks publication, freezes each current text whose version has
     * not been published yet into {@code <slug>/versions/<n>/} and records it in the ledger.
     */
    public static BuildResult publish(BuildConfig config) {
        return publish(config, Progress.SILENT);
    }

    /** Publishes as {@link #publish(BuildConfig)} does, telling {@code progress} how it goes. */
    public static BuildResult publish(BuildConfig config, Progress progress) {
        Progress watched = MemoryGuard.watching(progress);
        forgetLastBuild(config);
        Checked checked = load(config, Rules.publishing(config), watched, BuildCaches.none(), CHECKS_ONLY);
        BuildResult result = BuildResult.checked(checked.diagnostics(), checked.texts());
        if (checked.content().isPresent() && !result.blocksPublication(config.failOnWarning())) {
            try {
                List<String> frozen = new Publisher(config.projectDirectory(), config.contentDirectory())
                        .publish(checked.content().get());
                result = new BuildResult(checked.diagnostics(), checked.texts(), 0, 0, false, frozen, false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot freeze the new versions into " + config.contentDirectory(), e);
            }
        }
        return reported(config, new Theme(config.templatesDirectory()), checked, result, watched);
    }

    private static BuildResult reported(
            BuildConfig config, Theme theme, Checked checked, BuildResult result, Progress progress) {
        return progress.timed("reports", () -> writeReports(config, theme, checked, result), reported -> REPORT_FILES);
    }

    /** report.html, report.json and report.sarif. */
    private static final int REPORT_FILES = 3;

    private static BuildResult writeReports(BuildConfig config, Theme theme, Checked checked, BuildResult result) {
        ReportWriter writer = new ReportWriter(theme);
        Map<String, String> rules = Rules.standard(config).descriptions();
        try {
            try {
                writer.write(Report.of(result, checked.content(), rules), config.outputDirectory());
                return result;
            } catch (ThemeException e) {
                BuildResult failed = withTemplateFailure(result, e, config);
                writer.writeData(Report.of(failed, checked.content(), rules), config.outputDirectory());
                return failed;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + config.outputDirectory(), e);
        }
    }

    private static BuildResult withTemplateFailure(BuildResult result, ThemeException e, BuildConfig config) {
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.add(e.toDiagnostic(config));
        return new BuildResult(
                diagnostics,
                result.texts(),
                result.pagesWritten(),
                result.pdfsWritten(),
                result.published(),
                result.frozen(),
                result.unchanged());
    }

    /** Before anything replaces the reports or the site, the record of the build that made them goes. */
    private static void forgetLastBuild(BuildConfig config) {
        try {
            BuildState.forget(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + config.outputDirectory(), e);
        }
    }

    private record Checked(Optional<Content> content, List<Diagnostic> diagnostics, int texts) {}

    /** How texts are read when no page is made of them: their bodies are not rendered. */
    private static final Function<SiteSettings, BodyRendering> CHECKS_ONLY = settings -> BodyRendering.checksOnly();

    /** @param renderings makes the renderer of the texts' bodies for a site with the given settings */
    private static Checked load(
            BuildConfig config,
            Rules rules,
            Progress progress,
            BuildCaches caches,
            Function<SiteSettings, ? extends BodyRendering> renderings) {
        LoadedContent loaded = progress.timed(
                "texts read",
                () -> new ContentLoader(config.projectDirectory(), caches.texts(), renderings)
                        .load(config.contentDirectory(), progress),
                LoadedContent::texts);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        loaded.content()
                .ifPresent(content -> diagnostics.addAll(progress.timed(
                        "texts checked",
                        () -> rules.check(content, caches.findings(), progress),
                        found -> loaded.texts())));
        diagnostics.sort(Rules.READING_ORDER);
        return new Checked(loaded.content(), diagnostics, loaded.texts());
    }
}
