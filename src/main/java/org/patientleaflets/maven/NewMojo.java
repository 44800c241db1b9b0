package org.patientleaflets.maven;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.patientleaflets.content.Scaffold;
import org.patientleaflets.model.Diagnostic;

/**
 * Writes a new leaflet, {@code content/<slug>/<lang>.md} for every language of the site, with its front matter and
 * a heading for every required section, {@code TODO} standing wherever text is to be written. {@code leaflet:check}
 * fails at each {@code TODO} until it is.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = true)
public class NewMojo extends LeafletParameters {

    /** {@code new} only: the new leaflet's folder and address, lowercase words joined by hyphens. */
    @Parameter(property = "leaflet.slug", required = true)
    String slug;

    /** {@code new} only: the title of the source text. */
    @Parameter(property = "leaflet.title", required = true)
    String title;

    /** {@code new} only: the title of the English translation; without it, the English title is left to write. */
    @Parameter(property = "leaflet.englishTitle")
    String englishTitle;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping leaflet:new (leaflet.skip is true)");
            return;
        }
        Map<String, String> translated = new HashMap<>();
        if (englishTitle != null) {
            translated.put("en", englishTitle);
        }
        Path project = projectDirectory.toPath();
        Scaffold.Written written;
        try {
            written = new Scaffold(project, contentDirectory.toPath()).write(slug, title, translated, LocalDate.now());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("leaflet:new stopped on an unexpected problem: " + e.getMessage(), e);
        }
        if (!written.diagnostics().isEmpty()) {
            written.diagnostics().stream().map(Diagnostic::format).forEach(getLog()::error);
            throw new MojoFailureException("no leaflet was written: fix the site settings (see above) first");
        }
        written.written()
                .forEach(file -> getLog().info("Wrote " + file.toString().replace('\\', '/')));
        getLog().info("Write the text in place of each TODO; mvn leaflet:serve shows the pages as you write, and"
                + " mvn leaflet:check lists every TODO left");
    }
}
