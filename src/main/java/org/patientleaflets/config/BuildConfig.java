package org.patientleaflets.config;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What one check or build works on and where it writes.
 *
 * @param projectDirectory the folder paths in diagnostics are relative to
 * @param contentDirectory the folder holding {@code site.yaml} and one folder per leaflet
 * @param templatesDirectory a folder whose files override the default theme file by file; it may not exist
 * @param outputDirectory the folder receiving {@code site/} and the reports
 * @param failOnWarning whether warnings stop publication as errors do
 * @param buildTime the time recorded in outputs, fixed for reproducible builds
 * @param failOnExpiredReview whether a text whose review date has passed is an error rather than a warning
 * @param allowStaleTranslations whether a translation of an earlier source version is a warning rather than an
 *     error
 * @param skipPdf whether the site is built without its PDF leaflets, for fast previews and site-only builds
 * @param proofread whether spelling and grammar are checked even when {@code site.yaml} does not ask for it
 * @param languageTool where proofreading finds LanguageTool, which a build without proofreading never loads
 */
public record BuildConfig(
        Path projectDirectory,
        Path contentDirectory,
        Path templatesDirectory,
        Path outputDirectory,
        boolean failOnWarning,
        Instant buildTime,
        boolean failOnExpiredReview,
        boolean allowStaleTranslations,
        boolean skipPdf,
        boolean proofread,
        LanguageToolJars languageTool) {

    public BuildConfig {
        projectDirectory = projectDirectory.toAbsolutePath().normalize();
        contentDirectory = projectDirectory.resolve(contentDirectory).normalize();
        templatesDirectory = projectDirectory.resolve(templatesDirectory).normalize();
        outputDirectory = projectDirectory.resolve(outputDirectory).normalize();
        Objects.requireNonNull(buildTime, "buildTime");
        Objects.requireNonNull(languageTool, "languageTool");
    }

    /** The folder the static site is published into. */
    public Path siteDirectory() {
        return outputDirectory.resolve("site");
    }

    /** The folder a preview keeps its site in, apart from the published one. */
    public Path previewDirectory() {
        return outputDirectory.resolve("preview");
    }

    /** A path as the user sees it in messages: relative to the project when inside it. */
    public Path relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(projectDirectory) ? projectDirectory.relativize(absolute) : absolute;
    }
}
