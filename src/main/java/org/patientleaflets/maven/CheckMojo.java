package org.patientleaflets.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.patientleaflets.Leaflets;

/** Checks every leaflet text and fails on errors, writing nothing. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class CheckMojo extends LeafletParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        GoalRunner.run("check", this, Leaflets::check);
    }
}
