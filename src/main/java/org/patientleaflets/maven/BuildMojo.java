package org.patientleaflets.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.patientleaflets.Leaflets;
import org.patientleaflets.site.SiteArchive;

/**
 * Checks every leaflet text and, when nothing blocks publication, builds the site into the output folder
 * and attaches it to the project as a zip (classifier {@code site}), so that {@code mvn deploy} publishes it.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class BuildMojo extends LeafletParameters {

    /** Attaches the built site to the project as a zip with classifier {@code site}, for {@code mvn deploy}. */
    @Parameter(property = "leaflet.attach", defaultValue = "true")
    boolean attach;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Component
    MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        var result = GoalRunner.run("build", this, Leaflets::build);
        if (attach
                && result.filter(built -> built.published() || built.unchanged())
                        .isPresent()) {
            File zip = new File(outputDirectory, project.getArtifactId() + "-" + project.getVersion() + "-site.zip");
            // A kept site keeps its zip too; the zip is written again only when it is missing.
            boolean keepZip = result.get().unchanged() && zip.isFile();
            try {
                if (!keepZip) {
                    SiteArchive.write(
                            outputDirectory.toPath().resolve("site"),
                            zip.toPath(),
                            ConfigMapper.buildTime(
                                    outputTimestamp,
                                    java.util.Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH"))));
                }
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + zip + ": " + e.getMessage(), e);
            }
            projectHelper.attachArtifact(project, "zip", "site", zip);
            getLog().info("Attached " + Path.of(project.getBasedir().toURI()).relativize(zip.toPath())
                    + " (classifier site)");
        }
    }
}
