package org.patientleaflets.render;

import java.util.List;

/**
 * The web page of one leaflet text.
 *
 * @param frame the layout's content
 * @param summary the one-sentence summary
 * @param specialty the medical specialty
 * @param control the version, dates, approval and sources of the text
 * @param body the text rendered from Markdown, with its table of contents
 * @param pdfHref the relative address of the printable leaflet
 * @param multilingualPdfHref the relative address of the leaflet in every language, or empty
 * @param historyHref the relative address of the page listing every version of the text
 * @param currentHref the relative address of the current version when this one is superseded, or empty
 * @param sourceHref the relative address of the source text when this translation is of an earlier version
 *     of it, or empty
 * @param glossary the glossary entries the text uses
 */
public record LeafletPage(
        PageFrame frame,
        String summary,
        String specialty,
        DocumentControl control,
        LeafletBody body,
        String pdfHref,
        String multilingualPdfHref,
        String historyHref,
        String currentHref,
        String sourceHref,
        List<GlossaryTerm> glossary) {

    public LeafletPage {
        glossary = List.copyOf(glossary);
    }
}
