package org.patientleaflets.site;

import java.net.URI;
import org.patientleaflets.content.Characters;

/**
 * Where each page lives in the site, and the relative links between pages, so the site can be hosted
 * under any path or opened from disk.
 */
public final class UrlScheme {

    private static final String INDEX = "index.html";

    private UrlScheme() {}

    public static String root() {
        return INDEX;
    }

    /** The page shown for an address that leads nowhere; servers look for it at the site's root. */
    public static String notFound() {
        return "404.html";
    }

    public static String languageIndex(String language) {
        return language + "/" + INDEX;
    }

    /** The current version of a leaflet: {@code /<lang>/<slug>/}. */
    public static String leaflet(String language, String slug) {
        return language + "/" + slug + "/" + INDEX;
    }

    /** A published version of a leaflet: {@code /<lang>/<slug>/v<n>/}. */
    public static String version(String language, String slug, int version) {
        return language + "/" + slug + "/v" + version + "/" + INDEX;
    }

    /** The printable leaflet of a published version, beside its page: {@code v<n>/<slug>-<lang>-v<n>.pdf}. */
    public static String versionPdf(String language, String slug, int version) {
        return language + "/" + slug + "/v" + version + "/" + slug + "-" + language + "-v" + version + ".pdf";
    }

    /** The list of every version of a leaflet text: {@code /<lang>/<slug>/history/}. */
    public static String history(String language, String slug) {
        return language + "/" + slug + "/history/" + INDEX;
    }

    /** The printable leaflet of one text: {@code <lang>/<slug>/<slug>-<lang>-v<n>.pdf}. */
    public static String pdf(String language, String slug, int version) {
        return language + "/" + slug + "/" + slug + "-" + language + "-v" + version + ".pdf";
    }

    /**
     * The printable leaflet in every language, beside the source text's page:
     * {@code <source>/<slug>/<slug>-<lang>-<lang>-v<n>.pdf}.
     */
    public static String multilingualPdf(java.util.List<String> languages, String slug, int version) {
        return languages.get(0) + "/" + slug + "/" + slug + "-" + String.join("-", languages) + "-v" + version + ".pdf";
    }

    /** The address of {@code target} as written in the page at {@code from}, both relative to the site root. */
    public static String relative(String from, String target) {
        return "../".repeat(Characters.count(from, '/')) + target;
    }

    /** The public address of a page, written as its folder: {@code https://leaflets.example.org/fr/mitraclip/}. */
    public static String absolute(URI baseUrl, String page) {
        String folder = page.endsWith(INDEX) ? page.substring(0, page.length() - INDEX.length()) : page;
        // The base ends with / and has no query (site.yaml's reader sees to it), and pages are plain relative
        // paths: resolving one is appending it, without parsing an address for each of a sitemap's many links.
        return baseUrl + folder;
    }
}
