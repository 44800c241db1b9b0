package org.patientleaflets.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.config.LanguageToolJars;

/** Maps a goal's parameters onto the engine's configuration. */
final class ConfigMapper {

    /** Maven's own fallback for archive entry times, used when no timestamp is configured. */
    static final Instant DEFAULT_TIME = Instant.parse("1980-01-01T00:00:02Z");

    private ConfigMapper() {}

    static BuildConfig toConfig(LeafletParameters parameters, Optional<String> sourceDateEpoch)
            throws MojoFailureException {
        return new BuildConfig(
                parameters.projectDirectory.toPath(),
                parameters.contentDirectory.toPath(),
                parameters.templatesDirectory.toPath(),
                parameters.outputDirectory.toPath(),
                parameters.failOnWarning,
                buildTime(parameters.outputTimestamp, sourceDateEpoch),
                parameters.failOnExpiredReview,
                parameters.allowStaleTranslations,
                parameters.skipPdf,
                parameters.proofread,
                // Whether site.yaml asks for proofreading is known only once the engine has read it.
                LanguageToolJars.fetchedBy(new LanguageToolResolver(
                        parameters.repositorySystem,
                        parameters.session.getRepositorySession(),
                        parameters.pluginRepositories,
                        parameters.getLog())));
    }

    static Instant buildTime(String outputTimestamp, Optional<String> sourceDateEpoch) throws MojoFailureException {
        if (outputTimestamp != null && !outputTimestamp.isBlank()) {
            return parse(outputTimestamp.strip(), "<project.build.outputTimestamp> (-Dleaflet.outputTimestamp)");
        }
        if (sourceDateEpoch.isPresent() && !sourceDateEpoch.get().isBlank()) {
            return parse(sourceDateEpoch.get().strip(), "the SOURCE_DATE_EPOCH environment variable");
        }
        return DEFAULT_TIME;
    }

    private static Instant parse(String value, String source) throws MojoFailureException {
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochSecond(Long.parseLong(value));
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoFailureException("'" + value + "' in " + source + " is not a time: write an ISO-8601"
                    + " instant such as 2026-11-27T00:00:00Z, or seconds since 1970");
        }
    }
}
