package org.patientleaflets.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.patientleaflets.LiveSite;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.model.BuildResult;

/**
 * A live preview of a leaflet site: builds it, serves it on 127.0.0.1, and builds it again whenever the content,
 * the templates or {@code site.yaml} change, after which every open page reloads itself and shows the findings
 * about its text. It stays in one running JVM so that each new build is quick.
 */
public final class Preview implements AutoCloseable {

    /**
     * Long enough to take an editor's save, or a folder copied in, as one change even on a busy machine, where a
     * file truncated and then written can be seen half-written in between.
     */
    static final Duration QUIET = Duration.ofMillis(50);

    private final BuildConfig config;
    private final LiveSite site;
    private final PreviewListener listener;
    private final PreviewServer server;
    private final SourceWatcher watcher;

    private Preview(BuildConfig config, int port, PreviewListener listener) throws IOException {
        this.config = config;
        this.site = new LiveSite(config);
        this.listener = listener;
        PageFindings first = build(Optional.empty());
        server = new PreviewServer(config.previewDirectory(), port);
        try {
            server.show(first);
            watcher = new SourceWatcher(
                    List.of(config.contentDirectory(), config.templatesDirectory()),
                    QUIET,
                    changed -> server.show(build(changed)));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Builds the site and starts serving it.
     *
     * @param config what to build; {@link BuildConfig#skipPdf()} keeps each build quick
     * @param port the port on 127.0.0.1, or 0 for any free one
     * @throws IOException when the port cannot be had or the folders cannot be watched
     */
    public static Preview start(BuildConfig config, int port, PreviewListener listener) throws IOException {
        return new Preview(config, port, listener);
    }

    /** The address of the site's root, such as {@code http://127.0.0.1:8080/}. */
    public URI address() {
        return server.address();
    }

    /**
     * The findings of a new build, told which files changed when that is known; after a fault, none, so that
     * pages show the site as it was left.
     */
    private PageFindings build(Optional<Set<Path>> changed) {
        long start = System.nanoTime();
        try {
            BuildResult result = site.build(changed);
            listener.built(result, site.pagesRenderedLastBuild(), Duration.ofNanos(System.nanoTime() - start));
            return PageFindings.of(result, config);
        } catch (RuntimeException e) {
            listener.failed(e);
            return PageFindings.none();
        } catch (OutOfMemoryError e) {
            // What filled the heap went with the build's stack; left to end the watcher, it would leave a
            // preview that serves on and never builds again.
            listener.ranOutOfMemory(e);
            return PageFindings.none();
        }
    }

    /** Stops watching, then serving; a build under way finishes first. */
    @Override
    public void close() throws IOException {
        try {
            watcher.close();
        } finally {
            server.close();
        }
    }
}
