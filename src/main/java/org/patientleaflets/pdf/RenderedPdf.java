package org.patientleaflets.pdf;

import java.util.List;

/**
 * A rendered PDF and what the renderer warned about while making it.
 *
 * @param bytes the file
 * @param warnings the renderer's warnings, such as a character no embedded font has
 */
public record RenderedPdf(byte[] bytes, List<String> warnings) {

    public RenderedPdf {
        warnings = List.copyOf(warnings);
    }
}
