package org.patientleaflets.render;

import java.util.Set;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a site that sets {@code allowHtml: true} may write in its texts: text formatting, lists, tables
 * and links, never script, styles, frames or forms. Whatever else a text holds is removed.
 */
public final class HtmlAllowList {

    /** The elements kept. */
    public static final Set<String> ELEMENTS = Set.of(
            "p",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "em",
            "strong",
            "b",
            "i",
            "u",
            "sup",
            "sub",
            "br",
            "hr",
            "blockquote",
            "code",
            "pre",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "abbr",
            "dfn",
            "span",
            "a",
            "img");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ELEMENTS.toArray(String[]::new))
            .allowAttributes("id")
            .onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class", "title")
            .globally()
            .allowAttributes("align")
            .onElements("th", "td")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("src", "alt")
            .onElements("img")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .toFactory();

    private HtmlAllowList() {}

    /** The HTML with everything outside the allow-list removed. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
