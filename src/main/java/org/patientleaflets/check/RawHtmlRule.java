package org.patientleaflets.check;

import org.patientleaflets.model.Content;
import org.patientleaflets.model.RawHtml;

/**
 * No HTML in the Markdown: pages show it as text, never as markup, so that no content file can put script
 * or broken markup into a page, and what the writer meant would reach the patient as stray tags.
 */
public final class RawHtmlRule implements Rule {

    static final String ID = "raw-html";
    private static final int SHOWN = 40;

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
        content.texts().forEach(text -> text.rawHtml().forEach(html -> findings.error(html.position(), message(html))));
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
