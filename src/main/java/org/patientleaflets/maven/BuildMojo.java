package org.patientleaflets.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.patientleaflets.Leaflets;

/** Checks every leaflet text and, when nothing blocks publication, builds the site into the output folder. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class BuildMojo extends LeafletParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        GoalRunner.run("build", this, Leaflets::build);
    }
}
