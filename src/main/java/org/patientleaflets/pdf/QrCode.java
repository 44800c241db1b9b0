package org.patientleaflets.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** A QR code as an image a page can embed, black on white so any printer and phone camera reads it. */
public final class QrCode {

    /** Pixels per module: enough for a sharp print at the size the layout gives the code. */
    private static final int MODULE_PIXELS = 8;

    /**
     * White at index 0, black at 1: not the ascending grey ramp that the PNG writer stores as greyscale, so the
     * PNG keeps its palette, and a palette PNG goes into a PDF as it is, where a greyscale one is decoded and
     * compressed again for every leaflet.
     */
    private static final IndexColorModel WHITE_THEN_BLACK =
            new IndexColorModel(1, 2, new byte[] {-1, 0}, new byte[] {-1, 0}, new byte[] {-1, 0});

    private QrCode() {}

    /** A {@code data:image/png} address of the QR code of {@code text}. */
    public static String pngDataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    static byte[] png(String text) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode '" + text + "' as a QR code", e);
        }
        int size = modules.getWidth() * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY, WHITE_THEN_BLACK);
        // Samples straight into the raster (1 is black, 0 white): setRGB per pixel converts colours each time.
        WritableRaster pixels = image.getRaster();
        int[] row = new int[size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                row[x] = modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 1 : 0;
            }
            pixels.setPixels(0, y, size, 1, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
