package org.patientleaflets.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.patientleaflets.Leaflets;

/**
 * Checks every leaflet text and, when nothing blocks publication, freezes each new version into
 * {@code content/<slug>/versions/<n>/} and records its SHA-256 in {@code content/published.yaml}.
 */
@Mojo(name = "publish", threadSafe = true, requiresProject = true)
public class PublishMojo extends LeafletParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        GoalRunner.run("publish", this, Leaflets::publish);
    }
}
