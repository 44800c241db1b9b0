package org.patientleaflets.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.patientleaflets.Progress;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.Severity;
import org.patientleaflets.report.ReportWriter;
import org.patientleaflets.site.OutputBusyException;

/**
 * Runs one engine call for a goal and gives Maven its two meanings: findings in the content are a build
 * failure, anything unexpected is a build error with its cause.
 */
final class GoalRunner {

    private GoalRunner() {}

    /** @return what the engine did, or empty when the goal was skipped */
    static Optional<BuildResult> run(
            String goal, LeafletParameters parameters, BiFunction<BuildConfig, Progress, BuildResult> engine)
            throws MojoExecutionException, MojoFailureException {
        Log log = parameters.getLog();
        if (parameters.skip) {
            log.info("Skipping leaflet:" + goal + " (leaflet.skip is true)");
            return Optional.empty();
        }
        BuildConfig config = ConfigMapper.toConfig(parameters, Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")));
        BuildResult result;
        ConsoleProgress progress = new ConsoleProgress(log::info, System::nanoTime);
        try {
            result = engine.apply(config, progress);
        } catch (OutputBusyException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(
                    "leaflet:" + goal + " stopped on an unexpected problem: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            // What filled the heap went with the engine's stack: there is room left to say what to do.
            throw new MojoExecutionException(
                    outOfMemory(goal, Runtime.getRuntime().maxMemory(), config), e);
        }
        logFindings(log, result);
        log.info(progress.summary());
        Path reports = config.relative(config.outputDirectory());
        log.info("Reports: " + reports.resolve(ReportWriter.HTML) + ", " + ReportWriter.JSON + ", "
                + ReportWriter.SARIF);
        if (result.blocksPublication(config.failOnWarning())) {
            throw new MojoFailureException(failure(result, config));
        }
        for (String file : result.frozen()) {
            log.info("Published " + file);
        }
        if (result.unchanged()) {
            log.info("Nothing changed since the last build: kept the site in " + config.relative(config.siteDirectory())
                    + " and its reports");
        }
        if (result.published()) {
            log.info("Wrote " + result.pagesWritten() + " pages and " + result.pdfsWritten() + " PDF leaflets to "
                    + config.relative(config.siteDirectory()));
        }
        return Optional.of(result);
    }

    /** Prints each finding as a compiler would, then the counts. */
    static void logFindings(Log log, BuildResult result) {
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.severity() == Severity.ERROR) {
                log.error(diagnostic.format());
            } else {
                log.warn(diagnostic.format());
            }
        }
        log.info(result.summary());
    }

    /** What to do when the content needs more memory than Maven's JVM was given. */
    static String outOfMemory(String goal, long maxHeap, BuildConfig config) {
        String kept = Files.isDirectory(config.siteDirectory())
                ? " The site in " + config.relative(config.siteDirectory()) + " was left as it was."
                : "";
        return "leaflet:" + goal + " ran out of memory: Maven's JVM may use " + (maxHeap >> 20)
                + " MB, less than this content needs. Give it more in the project's .mvn/jvm.config, such as"
                + " -Xmx384m for 10,000 texts and -Xmx768m for 20,000." + kept;
    }

    private static String failure(BuildResult result, BuildConfig config) {
        String content = config.relative(config.contentDirectory()).toString().replace('\\', '/');
        String kept = Files.isDirectory(config.siteDirectory())
                ? " The site in " + config.relative(config.siteDirectory()) + " was left as it was."
                : "";
        if (result.errors() == 0) {
            return result.warnings() + " warnings in " + content + "/ stop the build because failOnWarning is"
                    + " set; fix them (see above) or set <failOnWarning>false</failOnWarning>"
                    + " (-Dleaflet.failOnWarning=false)." + kept;
        }
        return result.errors() + (result.errors() == 1 ? " error" : " errors") + " in " + content
                + "/; see above, fix each at the file and line given, and run the build again." + kept;
    }
}
