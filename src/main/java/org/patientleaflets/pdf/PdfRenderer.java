package org.patientleaflets.pdf;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns print HTML into tagged, archivable PDF (PDF/UA-1 and PDF/A-3a) with embedded fonts. Thread-safe:
 * one instance serves a whole build, sharing the fonts and the font metrics cache between documents.
 */
public final class PdfRenderer {

    private static final String PRODUCER = "Patient Leaflets";
    private static final Pattern XMP_DATE = Pattern.compile(
            "<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:(?:CreateDate|ModifyDate|MetadataDate)>");

    private final PdfFonts fonts = new PdfFonts();
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();
    private final byte[] colourProfile =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public PdfRenderer() {
        // PDFBox and the renderer keep their font mapper and logger in statics; this plugin's class loader
        // has its own copies of both libraries, so setting them here touches nothing else in the build.
        FontMappers.set(new EmbeddedFontMapper(fonts.regular()));
        XRLog.setLoggerImpl(new SilentRendererLog());
    }

    /**
     * Renders one document.
     *
     * @param html the print page; parsed leniently, so template HTML need not be XML
     * @param baseUri the address relative references in the page resolve against
     * @param created the creation time recorded in the file, fixed so the same input gives the same bytes
     */
    public RenderedPdf render(String html, String baseUri, Instant created) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeLineBreaker(new ApostropheLineBreaker());
        builder.usePdfUaAccessbility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
        builder.useColorProfile(colourProfile);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.withProducer(PRODUCER);
        List<String> warnings = new ArrayList<>();
        builder.withDiagnosticConsumer(diagnostic -> {
            if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(diagnostic.getFormattedMessage());
            }
        });
        builder.withW3cDocument(new W3CDom().fromJsoup(parse(html, baseUri)), baseUri);
        try (PDDocument document = new PDDocument()) {
            builder.usePDDocument(document);
            fonts.register(builder, document);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            describeLinks(document);
            fixDates(document, created);
            document.setDocumentId(documentId(html));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return new RenderedPdf(out.toByteArray(), warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a PDF", e);
        }
    }

    /**
     * Parses print HTML as a browser would. An HTML parser moves the renderer's {@code <bookmarks>} element
     * out of {@code <head>}, where the renderer looks for it, so it is put back.
     */
    private static Document parse(String html, String baseUri) {
        Document document = Jsoup.parse(html, baseUri);
        Element bookmarks = document.selectFirst("bookmarks");
        if (bookmarks != null) {
            document.head().appendChild(bookmarks);
        }
        return document;
    }

    /**
     * PDF/UA wants an alternate description in every link annotation's Contents, which the renderer leaves
     * empty; the link's target is an honest one.
     */
    private static void describeLinks(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(
                            link.getAction() instanceof PDActionURI uri ? uri.getURI() : "Link within this leaflet");
                }
            }
        }
    }

    /**
     * The renderer stamps the current time in the information dictionary and the XMP metadata; a
     * reproducible build stamps the configured time in both instead. The XMP text is edited in place because
     * xmpbox does not know the renderer's PDF/UA schema and would drop it on a round trip.
     */
    private static void fixDates(PDDocument document, Instant time) throws IOException {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(time.toEpochMilli());
        PDDocumentInformation information = document.getDocumentInformation();
        information.setCreationDate(created);
        information.setModificationDate(created);
        PDMetadata stream = document.getDocumentCatalog().getMetadata();
        String xmp = new String(stream.toByteArray(), StandardCharsets.UTF_8);
        String stamp = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atOffset(ZoneOffset.UTC));
        String fixed = XMP_DATE.matcher(xmp).replaceAll("<xmp:$1>" + stamp + "</xmp:$1>");
        stream.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
    }

    /** The file identifier PDF/A requires, derived from the input rather than the clock. */
    private static long documentId(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                id = (id << 8) | (digest[i] & 0xFF);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
