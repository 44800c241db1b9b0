package org.patientleaflets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.render.Theme;
import org.patientleaflets.site.SiteOutput;

/**
 * A site built again and again in one JVM, as a preview does at every save, into a folder of its own beside
 * the published site. Each build checks all the content, as {@link Leaflets#build} does, but reads again only
 * the texts whose files changed, renders again only the pages whose views changed, and writes only the files
 * whose bytes changed; a change to the templates renders every page anew. It writes no report.
 */
public final class LiveSite {

    private final BuildConfig config;
    private final BuildCaches caches = BuildCaches.kept();
    private final SiteOutput output;
    private String templates;
    private Theme theme;

    public LiveSite(BuildConfig config) {
        this.config = config;
        this.output = SiteOutput.updatedInPlace(config.previewDirectory());
    }

    /** Builds the site again from the content as it is now, looking at every file. */
    public BuildResult build() {
        return build(Optional.empty());
    }

    /**
     * Builds the site again from the content as it is now, told which files changed since the last build, as
     * a watcher saw them: the leaflets whose folders hold none of them are taken as the last build read them.
     * Empty when that is not known, and every file is looked at.
     */
    public BuildResult build(Optional<Set<Path>> changedSinceLastBuild) {
        caches.texts().changedSinceLastLoad(changedSinceLastBuild);
        String now = templateStamps();
        if (!now.equals(templates)) {
            caches.pages().forget();
            // Templates are parsed once per theme: a new theme reads them again.
            theme = new Theme(config.templatesDirectory());
            templates = now;
        }
        return Leaflets.preview(config, caches, theme, output);
    }

    /** How many pages the last build rendered anew, the others being as the build before left them. */
    public int pagesRenderedLastBuild() {
        return caches.pages().renderedLastBuild();
    }

    /** The name, size and time of every template file: a page is only as current as its template. */
    private String templateStamps() {
        Path folder = config.templatesDirectory();
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .map(LiveSite::stamp)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the templates in " + folder, e);
        }
    }

    private static String stamp(Path file) {
        try {
            return file + " " + Files.size(file) + " "
                    + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
