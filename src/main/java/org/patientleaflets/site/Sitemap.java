package org.patientleaflets.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.Leaflet;

/**
 * {@code sitemap.xml}: every language index and leaflet page at its published address, each with its
 * other languages as {@code xhtml:link} alternates, so that search engines show a reader their language.
 *
 * @param languages the site's languages, whose indexes it lists
 * @param leaflets every leaflet's pages, in the site's order
 */
record Sitemap(URI baseUrl, List<String> languages, List<LeafletPages> leaflets) {

    /**
     * A leaflet's pages, one per language.
     *
     * @param lastModified the date of the text in each language, empty when it has none
     */
    record LeafletPages(String slug, SortedMap<String, String> lastModified) {

        LeafletPages {
            lastModified = Collections.unmodifiableSortedMap(new TreeMap<>(lastModified));
        }
    }

    Sitemap {
        languages = List.copyOf(languages);
        leaflets = List.copyOf(leaflets);
    }

    /**
     * The sitemap of {@code content}: only the addresses and dates it lists, so that a preview whose edit
     * changed none of them keeps the sitemap in place. Each leaflet's part is the one {@code cache} kept
     * while the leaflet is unchanged.
     */
    static Sitemap of(Content content, PageCache cache) {
        List<LeafletPages> leaflets = new ArrayList<>();
        for (Leaflet leaflet : content.leaflets()) {
            leaflets.add(cache.ofLeaflet("sitemap", leaflet, () -> pages(leaflet)));
        }
        return new Sitemap(content.settings().baseUrl(), content.settings().languages(), leaflets);
    }

    private static LeafletPages pages(Leaflet leaflet) {
        SortedMap<String, String> lastModified = new TreeMap<>();
        leaflet.texts()
                .forEach((language, text) -> lastModified.put(
                        language,
                        text.frontMatter()
                                .date(FrontMatter.DATE)
                                .map(Object::toString)
                                .orElse("")));
        return new LeafletPages(leaflet.slug(), lastModified);
    }

    String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String language : languages) {
            url(xml, UrlScheme.languageIndex(language), "", languages, UrlScheme::languageIndex);
        }
        for (LeafletPages leaflet : leaflets) {
            List<String> translated = List.copyOf(leaflet.lastModified().keySet());
            leaflet.lastModified()
                    .forEach((language, lastModified) -> url(
                            xml,
                            UrlScheme.leaflet(language, leaflet.slug()),
                            lastModified,
                            translated,
                            other -> UrlScheme.leaflet(other, leaflet.slug())));
        }
        return xml.append("</urlset>\n").toString();
    }

    private void url(
            StringBuilder xml,
            String page,
            String lastModified,
            List<String> alternates,
            Function<String, String> sameIn) {
        xml.append("  <url>\n    <loc>")
                .append(escape(UrlScheme.absolute(baseUrl, page)))
                .append("</loc>\n");
        if (!lastModified.isEmpty()) {
            xml.append("    <lastmod>").append(lastModified).append("</lastmod>\n");
        }
        for (String language : alternates) {
            xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
                    .append(language)
                    .append("\" href=\"")
                    .append(escape(UrlScheme.absolute(baseUrl, sameIn.apply(language))))
                    .append("\"/>\n");
        }
        xml.append("  </url>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
