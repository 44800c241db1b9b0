package org.patientleaflets.render;

import java.util.List;

/**
 * A printable leaflet: one part per language, each with its own cover and footer.
 *
 * @param language the document's main language as a BCP 47 tag, such as {@code fr-FR}
 * @param title the document title for the PDF metadata
 * @param author the hospital or department
 * @param subject a one-sentence summary
 * @param pageSize the CSS page size, {@code A4} or {@code letter}
 * @param parts the languages in order
 */
public record PrintDocument(
        String language, String title, String author, String subject, String pageSize, List<PrintPart> parts) {

    public PrintDocument {
        parts = List.copyOf(parts);
    }
}
