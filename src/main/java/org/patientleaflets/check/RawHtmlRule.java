package org.patientleaflets.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.RawHtml;
import org.patientleaflets.render.HtmlAllowList;

/**
 * No HTML in the Markdown: pages show it as text, never as markup, so that no content file can put script
 * or broken markup into a page, and what the writer meant would reach the patient as stray tags.
 */
public final class RawHtmlRule implements LeafletRule {

    static final String ID = "raw-html";
    private static final int SHOWN = 40;
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "No HTML in the Markdown: pages would show it as text.";
    }

    @Override
    public void check(Content content, Findings findings) {
        boolean allowed = content.settings().allowHtml();
        content.texts().forEach(text -> text.rawHtml().forEach(html -> {
            if (!allowed) {
                findings.error(html.position(), message(html));
            } else {
                removedTag(html.html())
                        .ifPresent(tag -> findings.warning(
                                html.position(),
                                "the HTML element <" + tag + "> is not allowed and is removed from the page:"
                                        + " use Markdown or an allowed element ("
                                        + String.join(", ", new java.util.TreeSet<>(HtmlAllowList.ELEMENTS)) + ")"));
            }
        }));
    }

    /** The first element of a snippet that the allow-list removes, if any. */
    private static java.util.Optional<String> removedTag(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!HtmlAllowList.ELEMENTS.contains(name)) {
                return java.util.Optional.of(name);
            }
        }
        return java.util.Optional.empty();
    }

    private static String message(RawHtml html) {
        String shown = html.html().length() > SHOWN ? html.html().substring(0, SHOWN) + "…" : html.html();
        if (shown.startsWith("<!--")) {
            return "the HTML comment '" + shown + "' would be shown on the page as text: remove it";
        }
        return "the HTML '" + shown + "' would be shown on the page as text, not as markup: write it in Markdown"
                + " instead (**bold**, *italic*, [words](address), - list items)";
    }
}
