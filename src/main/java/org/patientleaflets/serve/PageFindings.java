package org.patientleaflets.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.site.UrlScheme;

/**
 * The findings of the last build, by the page of the text they concern: a finding in
 * {@code content/<slug>/<lang>.md} belongs to {@code <lang>/<slug>/}, one in a frozen copy to that version's page,
 * and one in a file no page shows (such as {@code site.yaml}) to every page.
 *
 * @param blocked whether the last build was refused, so that every page is from an earlier build
 * @param byPage the findings of each page's text, by the page's path in the site
 * @param everywhere the findings no single page shows
 * @param all every finding, which each page shows when the build was refused
 */
record PageFindings(
        boolean blocked, Map<String, List<Diagnostic>> byPage, List<Diagnostic> everywhere, List<Diagnostic> all) {

    private static final Pattern TEXT = Pattern.compile("([^/]+)/(?:versions/([0-9]+)/)?([^/]+)\\.md");

    PageFindings {
        byPage = Map.copyOf(byPage);
        everywhere = List.copyOf(everywhere);
        all = List.copyOf(all);
    }

    /** Before any build: nothing to show. */
    static PageFindings none() {
        return new PageFindings(false, Map.of(), List.of(), List.of());
    }

    static PageFindings of(BuildResult result, BuildConfig config) {
        String content = path(config.relative(config.contentDirectory())) + "/";
        Map<String, List<Diagnostic>> byPage = new HashMap<>();
        List<Diagnostic> everywhere = new ArrayList<>();
        for (Diagnostic diagnostic : result.diagnostics()) {
            page(diagnostic.position().path(), content)
                    .ifPresentOrElse(
                            page -> byPage.computeIfAbsent(page, key -> new ArrayList<>())
                                    .add(diagnostic),
                            () -> everywhere.add(diagnostic));
        }
        return new PageFindings(!result.published(), byPage, everywhere, result.diagnostics());
    }

    /**
     * What a page shows: every finding when the build was refused, since the reader must see what stops it
     * wherever they look; otherwise the findings of the page's text and those of no page.
     */
    List<Diagnostic> on(String page) {
        if (blocked) {
            return all;
        }
        List<Diagnostic> shown = new ArrayList<>(everywhere);
        shown.addAll(byPage.getOrDefault(page, List.of()));
        return shown;
    }

    private static Optional<String> page(String file, String content) {
        if (!file.startsWith(content)) {
            return Optional.empty();
        }
        Matcher text = TEXT.matcher(file.substring(content.length()));
        if (!text.matches()) {
            return Optional.empty();
        }
        String slug = text.group(1);
        String language = text.group(3);
        return Optional.of(
                text.group(2) == null
                        ? UrlScheme.leaflet(language, slug)
                        : UrlScheme.version(language, slug, Integer.parseInt(text.group(2))));
    }

    private static String path(Path path) {
        return path.toString().replace('\\', '/');
    }
}
