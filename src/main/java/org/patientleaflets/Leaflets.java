package org.patientleaflets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patientleaflets.check.Rules;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.content.ContentLoader;
import org.patientleaflets.content.LoadedContent;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.pdf.PdfRenderer;
import org.patientleaflets.render.Theme;
import org.patientleaflets.render.ThemeException;
import org.patientleaflets.site.SiteBuilder;

/**
 * The engine's entry point: checks a content folder, and builds its site when the checks allow it.
 * Problems in the content come back as diagnostics; exceptions mean a fault outside the content.
 */
public final class Leaflets {

    private Leaflets() {}

    /** Loads and checks the content; writes nothing. */
    public static BuildResult check(BuildConfig config) {
        Checked checked = load(config);
        return new BuildResult(checked.diagnostics(), checked.texts(), 0, 0, false);
    }

    /** Checks the content and, when nothing blocks publication, replaces the site with a new one at once. */
    public static BuildResult build(BuildConfig config) {
        Checked checked = load(config);
        BuildResult checkOnly = new BuildResult(checked.diagnostics(), checked.texts(), 0, 0, false);
        if (checked.content().isEmpty() || checkOnly.blocksPublication(config.failOnWarning())) {
            return checkOnly;
        }
        try {
            Theme theme = new Theme(config.templatesDirectory());
            SiteBuilder.Written written = new SiteBuilder(theme, new PdfRenderer(), config.buildTime())
                    .build(checked.content().get(), config.siteDirectory(), config.failOnWarning());
            List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
            diagnostics.addAll(written.warnings());
            diagnostics.sort(Rules.READING_ORDER);
            return new BuildResult(diagnostics, checked.texts(), written.pages(), written.pdfs(), written.published());
        } catch (ThemeException e) {
            List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
            diagnostics.add(e.toDiagnostic(config));
            return new BuildResult(diagnostics, checked.texts(), 0, 0, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site into " + config.siteDirectory(), e);
        }
    }

    private record Checked(Optional<Content> content, List<Diagnostic> diagnostics, int texts) {}

    private static Checked load(BuildConfig config) {
        LoadedContent loaded = new ContentLoader(config.projectDirectory()).load(config.contentDirectory());
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        loaded.content()
                .ifPresent(content -> diagnostics.addAll(Rules.standard().check(content)));
        diagnostics.sort(Rules.READING_ORDER);
        int texts = loaded.content().map(content -> content.texts().size()).orElse(0);
        return new Checked(loaded.content(), diagnostics, texts);
    }
}
