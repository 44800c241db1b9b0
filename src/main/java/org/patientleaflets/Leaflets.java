package org.patientleaflets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patientleaflets.check.Rules;
import org.patientleaflets.config.BuildConfig;
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

/**
 * The engine's entry point: checks a content folder, and builds its site when the checks allow it.
 * Problems in the content come back as diagnostics; exceptions mean a fault outside the content.
 */
public final class Leaflets {

    private Leaflets() {}

    /** Loads and checks the content; writes the reports only. */
    public static BuildResult check(BuildConfig config) {
        Checked checked = load(config, Rules.standard(config));
        BuildResult result = BuildResult.checked(checked.diagnostics(), checked.texts());
        return reported(config, new Theme(config.templatesDirectory()), checked, result);
    }

    /**
     * Checks the content and, when nothing blocks publication, replaces the site with a new one at once;
     * writes the reports either way.
     */
    public static BuildResult build(BuildConfig config) {
        Checked checked = load(config, Rules.standard(config));
        Theme theme = new Theme(config.templatesDirectory());
        BuildResult checkOnly = BuildResult.checked(checked.diagnostics(), checked.texts());
        if (checked.content().isEmpty() || checkOnly.blocksPublication(config.failOnWarning())) {
            return reported(config, theme, checked, checkOnly);
        }
        BuildResult result;
        try {
            SiteBuilder.Written written = new SiteBuilder(theme, new PdfRenderer(), config.buildTime())
                    .build(checked.content().get(), config.siteDirectory(), config.failOnWarning(), config.skipPdf());
            List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
            diagnostics.addAll(written.warnings());
            diagnostics.sort(Rules.READING_ORDER);
            result = new BuildResult(
                    diagnostics, checked.texts(), written.pages(), written.pdfs(), written.published(), List.of());
        } catch (ThemeException e) {
            result = withTemplateFailure(checkOnly, e, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site into " + config.siteDirectory(), e);
        }
        return reported(config, theme, checked, result);
    }

    /**
     * Checks the content and, when nothing blocks publication, freezes each current text whose version has
     * not been published yet into {@code <slug>/versions/<n>/} and records it in the ledger.
     */
    public static BuildResult publish(BuildConfig config) {
        Checked checked = load(config, Rules.publishing(config));
        BuildResult result = BuildResult.checked(checked.diagnostics(), checked.texts());
        if (checked.content().isPresent() && !result.blocksPublication(config.failOnWarning())) {
            try {
                List<String> frozen = new Publisher(config.projectDirectory(), config.contentDirectory())
                        .publish(checked.content().get());
                result = new BuildResult(checked.diagnostics(), checked.texts(), 0, 0, false, frozen);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot freeze the new versions into " + config.contentDirectory(), e);
            }
        }
        return reported(config, new Theme(config.templatesDirectory()), checked, result);
    }

    private static BuildResult reported(BuildConfig config, Theme theme, Checked checked, BuildResult result) {
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
                result.frozen());
    }

    private record Checked(Optional<Content> content, List<Diagnostic> diagnostics, int texts) {}

    private static Checked load(BuildConfig config, Rules rules) {
        LoadedContent loaded = new ContentLoader(config.projectDirectory()).load(config.contentDirectory());
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        loaded.content().ifPresent(content -> diagnostics.addAll(rules.check(content)));
        diagnostics.sort(Rules.READING_ORDER);
        int texts = loaded.content().map(content -> content.texts().size()).orElse(0);
        return new Checked(loaded.content(), diagnostics, texts);
    }
}
