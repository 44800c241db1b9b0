package org.patientleaflets.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.RemoteRepository;

/** The parameters every leaflet goal shares; behaviour lives in {@link ConfigMapper} and {@link GoalRunner}. */
abstract class LeafletParameters extends AbstractMojo {

    /** The project folder; paths in messages are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File projectDirectory;

    /** The folder holding {@code site.yaml} and one folder per leaflet ({@code <slug>/fr.md}, {@code en.md}). */
    @Parameter(property = "leaflet.contentDirectory", defaultValue = "${project.basedir}/content")
    File contentDirectory;

    /**
     * A folder whose files replace the default theme's file by file ({@code leaflet.ftlh}, {@code index.ftlh},
     * {@code root.ftlh}, {@code partials/}, {@code assets/site.css}). It need not exist.
     */
    @Parameter(property = "leaflet.templatesDirectory", defaultValue = "${project.basedir}/templates")
    File templatesDirectory;

    /** The folder receiving the site ({@code site/}) and the reports. */
    @Parameter(property = "leaflet.outputDirectory", defaultValue = "${project.build.directory}/leaflets")
    File outputDirectory;

    /** Whether warnings stop the build as errors do. */
    @Parameter(property = "leaflet.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Whether a text whose {@code review-by} date is before the build time stops the build, not only warns. */
    @Parameter(property = "leaflet.failOnExpiredReview", defaultValue = "false")
    boolean failOnExpiredReview;

    /**
     * Whether a translation of an earlier version of its source text may be published, with a warning,
     * rather than stop the build.
     */
    @Parameter(property = "leaflet.allowStaleTranslations", defaultValue = "false")
    boolean allowStaleTranslations;

    /** Builds the site without its PDF leaflets, for quick previews of the HTML pages. */
    @Parameter(property = "leaflet.skipPdf", defaultValue = "false")
    boolean skipPdf;

    /**
     * Checks the spelling and grammar of every text, as {@code proofread: true} in {@code site.yaml} does for
     * every build.
     */
    @Parameter(property = "leaflet.proofread", defaultValue = "false")
    boolean proofread;

    /** Skips the goal, for builds that only need the rest of the project. */
    @Parameter(property = "leaflet.skip", defaultValue = "false")
    boolean skip;

    /**
     * The time recorded in outputs, so that the same content always gives the same bytes: an ISO-8601
     * instant or seconds since 1970. When empty, {@code SOURCE_DATE_EPOCH} is used, then 1980-01-01.
     */
    @Parameter(property = "leaflet.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /** The build, whose repository session fetches LanguageTool when a goal proofreads. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The repositories the plugin came from, where LanguageTool is fetched from too. */
    @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true, required = true)
    List<RemoteRepository> pluginRepositories;

    @Component
    RepositorySystem repositorySystem;
}
