package org.patientleaflets.site;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;

/**
 * {@code sitemap.xml}: every language index and leaflet page at its published address, each with its
 * other languages as {@code xhtml:link} alternates, so that search engines show a reader their language.
 */
final class Sitemap {

    private final Content content;
    private final URI baseUrl;

    Sitemap(Content content) {
        this.content = content;
        this.baseUrl = content.settings().baseUrl();
    }

    String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        List<String> languages = content.settings().languages();
        for (String language : languages) {
            url(xml, UrlScheme.languageIndex(language), null, languages, UrlScheme::languageIndex);
        }
        for (Leaflet leaflet : content.leaflets()) {
            List<String> translated = List.copyOf(leaflet.texts().keySet());
            for (LeafletText text : leaflet.texts().values()) {
                String lastModified = text.frontMatter()
                        .date(FrontMatter.DATE)
                        .map(Object::toString)
                        .orElse(null);
                url(
                        xml,
                        UrlScheme.leaflet(text.language(), text.slug()),
                        lastModified,
                        translated,
                        other -> UrlScheme.leaflet(other, text.slug()));
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private void url(
            StringBuilder xml,
            String page,
            String lastModified,
            List<String> languages,
            Function<String, String> sameIn) {
        xml.append("  <url>\n    <loc>")
                .append(escape(UrlScheme.absolute(baseUrl, page)))
                .append("</loc>\n");
        if (lastModified != null) {
            xml.append("    <lastmod>").append(lastModified).append("</lastmod>\n");
        }
        for (String language : languages) {
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
