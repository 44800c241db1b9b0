package org.patientleaflets.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers PDFBox's look-ups of the base-14 fonts with the bundled DejaVu Sans instead of the machine's
 * fonts. The renderer registers a ZapfDingbats resource for form controls in every document, none of which
 * a leaflet has; without this mapper PDFBox searches the system for it and logs a fallback warning per PDF.
 */
final class EmbeddedFontMapper implements FontMapper {

    private final byte[] regular;
    private TrueTypeFont parsed;

    EmbeddedFontMapper(byte[] regular) {
        this.regular = regular;
    }

    private synchronized TrueTypeFont font() {
        if (parsed == null) {
            try {
                parsed = new TTFParser().parse(new RandomAccessReadBuffer(regular));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font", e);
            }
        }
        return parsed;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), false);
    }
}
