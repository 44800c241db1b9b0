package org.patientleaflets.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts embedded in every PDF: DejaVu Sans, which covers everything French needs (é è à ç œ « » ’ –
 * and the narrow no-break space). Each face is read once per build and parsed once per thread, since
 * parsing a font costs more than laying out a leaflet and parsed fonts are not safe to share between threads.
 */
final class PdfFonts {

    /** The family name print templates use in {@code font-family}. */
    static final String FAMILY = "DejaVu Sans";

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private record Face(byte[] bytes, int weight, FontStyle style, ThreadLocal<TrueTypeFont> parsed) {

        Face(byte[] bytes, int weight, FontStyle style) {
            this(bytes, weight, style, ThreadLocal.withInitial(() -> parse(bytes)));
        }
    }

    private final List<Face> faces;

    PdfFonts() {
        this.faces = List.of(
                new Face(read("DejaVuSans.ttf"), 400, FontStyle.NORMAL),
                new Face(read("DejaVuSans-Bold.ttf"), 700, FontStyle.NORMAL),
                new Face(read("DejaVuSans-Oblique.ttf"), 400, FontStyle.ITALIC),
                new Face(read("DejaVuSans-BoldOblique.ttf"), 700, FontStyle.ITALIC));
    }

    /** The regular face, for look-ups outside a document. */
    byte[] regular() {
        return faces.get(0).bytes();
    }

    /** Offers every face to the renderer of {@code document}; a face is embedded only when text uses it. */
    void register(PdfRendererBuilder builder, PDDocument document) {
        for (Face face : faces) {
            builder.useFont(new LazyFont(document, face), FAMILY, face.weight(), face.style(), true);
        }
    }

    /** Loads the face into the document the first time the renderer asks for it. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final Face face;
        private PDFont font;

        LazyFont(PDDocument document, Face face) {
            super(null);
            this.document = document;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, face.parsed().get(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot embed " + FAMILY, e);
                }
            }
            return font;
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font", e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = Objects.requireNonNull(
                PdfFonts.class.getResourceAsStream(FOLDER + name),
                "font " + name + " is missing from the class path")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }
}
