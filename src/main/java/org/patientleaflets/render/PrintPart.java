package org.patientleaflets.render;

import java.util.List;

/**
 * One language of a printable leaflet.
 *
 * @param language the part's language as a BCP 47 tag
 * @param labelsLanguage the language code the template's fixed words are chosen by
 * @param languageName the language's own name, printed on the cover
 * @param siteName the hospital or department, printed on the cover
 * @param logo a {@code data:} image of the hospital's logo, or empty
 * @param title the leaflet title
 * @param summary the one-sentence summary
 * @param slug the leaflet's id, its folder name
 * @param control the version, dates, approval and sources of the text
 * @param currentUrl the address of the leaflet's current online version
 * @param qrCode a {@code data:} image of the QR code of {@link #currentUrl}
 * @param bodyHtml the text, with ids unique within the document
 * @param bookmarks the outline entries of the part's sections
 * @param glossary the glossary entries the text uses
 * @param consentForm whether the part ends with a consent acknowledgement for the patient to sign
 */
public record PrintPart(
        String language,
        String labelsLanguage,
        String languageName,
        String siteName,
        String logo,
        String title,
        String summary,
        String slug,
        DocumentControl control,
        String currentUrl,
        String qrCode,
        String bodyHtml,
        List<Bookmark> bookmarks,
        List<GlossaryTerm> glossary,
        boolean consentForm) {

    public PrintPart {
        bookmarks = List.copyOf(bookmarks);
        glossary = List.copyOf(glossary);
    }

    /**
     * A PDF outline entry.
     *
     * @param title the section heading
     * @param anchor the id of the heading in the document
     */
    public record Bookmark(String title, String anchor) {}
}
