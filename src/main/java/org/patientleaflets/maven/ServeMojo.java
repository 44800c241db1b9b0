package org.patientleaflets.maven;

import java.io.IOException;
import java.net.BindException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.serve.Preview;
import org.patientleaflets.serve.PreviewListener;

/**
 * Builds the site without its PDFs and serves it on 127.0.0.1; builds it again on every change to the content,
 * the templates or {@code site.yaml}, printing the findings, and open pages reload themselves showing the findings
 * about their text. Runs until Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends LeafletParameters {

    /** {@code serve} only: the port on 127.0.0.1 the preview is served on. */
    @Parameter(property = "leaflet.port", defaultValue = "8080")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping leaflet:serve (leaflet.skip is true)");
            return;
        }
        // PDFs take seconds each; a preview is of the pages, rebuilt at every save.
        skipPdf = true;
        BuildConfig config = ConfigMapper.toConfig(this, Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")));
        Preview preview;
        try {
            preview = Preview.start(config, port, new MavenLogListener(log, config));
        } catch (BindException e) {
            throw new MojoExecutionException("port " + port + " on 127.0.0.1 is taken, perhaps by another preview:"
                    + " stop it, or choose another port with <port> (-Dleaflet.port=8081)");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start the preview: " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> stop(preview, log, stopped), "leaflet-preview-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        log.info("Serving the site at " + preview.address() + " (press Ctrl-C to stop)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
            stop(preview, log, stopped);
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(Preview preview, Log log, CountDownLatch stopped) {
        try {
            preview.close();
            log.info("Stopped the preview");
        } catch (IOException e) {
            log.warn("The preview stopped with a problem: " + e.getMessage());
        } finally {
            stopped.countDown();
        }
    }

    /** Prints each build's findings, as {@code leaflet:build} does. */
    private record MavenLogListener(Log log, BuildConfig config) implements PreviewListener {

        @Override
        public void built(BuildResult result, int renderedAnew, Duration took) {
            GoalRunner.logFindings(log, result);
            if (result.published()) {
                log.info("Built " + result.pagesWritten() + " pages (" + renderedAnew + " changed) into "
                        + config.relative(config.previewDirectory()) + " in " + took.toMillis()
                        + " ms; open pages reload");
            } else {
                log.info("Not built: open pages show the findings above the last good build");
            }
        }

        @Override
        public void failed(RuntimeException fault) {
            log.error("The build stopped on an unexpected problem: " + fault.getMessage()
                    + "; the site was left as it was, and the next save builds it again");
            // The stack trace only when asked for, as for every goal.
            log.debug(fault);
        }

        @Override
        public void ranOutOfMemory(OutOfMemoryError error) {
            log.error(GoalRunner.outOfMemory("serve", Runtime.getRuntime().maxMemory(), config)
                    + " The preview keeps its last build, and the next save builds it again.");
            log.debug(error);
        }
    }
}
