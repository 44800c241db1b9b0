package org.patientleaflets.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The fonts embedded in every PDF: DejaVu Sans, which covers everything French needs (é è à ç œ « » ’ –
 * and the narrow no-break space). Read once per build and shared by every document.
 */
final class PdfFonts {

    /** The family name print templates use in {@code font-family}. */
    static final String FAMILY = "DejaVu Sans";

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private record Face(byte[] bytes, int weight, FontStyle style) {}

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

    void register(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true);
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
