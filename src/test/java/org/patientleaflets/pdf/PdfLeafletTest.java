package org.patientleaflets.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patientleaflets.TestProject;
import org.patientleaflets.model.BuildResult;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfLeafletTest {

    @TempDir
    Path folder;

    @Test
    void writesAPdfPerTextAndOneInBothLanguagesBesideThePages() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);

        BuildResult result = project.build();

        assertThat(result.pdfsWritten()).isEqualTo(3);
        assertThat(project.site().resolve("fr/demo/demo-fr-v2.pdf")).isRegularFile();
        assertThat(project.site().resolve("en/demo/demo-en-v2.pdf")).isRegularFile();
        assertThat(project.site().resolve("fr/demo/demo-fr-en-v2.pdf")).isRegularFile();
        var english = Jsoup.parse(project.site().resolve("en/demo/index.html").toFile());
        assertThat(english.select("a[type=application/pdf]").eachAttr("href"))
                .containsExactly("../../en/demo/demo-en-v2.pdf", "../../fr/demo/demo-fr-en-v2.pdf");
    }

    @Test
    void everyPdfIsTaggedPdfUaAndArchivablePdfA() throws Exception {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        for (Path pdf : pdfs(project.site())) {
            assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1))
                    .as("PDF/UA-1 of %s", pdf)
                    .isEmpty();
            assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_3_A))
                    .as("PDF/A-3a of %s", pdf)
                    .isEmpty();
        }
    }

    @Test
    void carriesTitleLanguageAuthorAndEmbeddedFonts() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        try (PDDocument pdf =
                Loader.loadPDF(project.site().resolve("en/demo/demo-en-v2.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Coronary angiography");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Hôpital d'essai");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s", font.getName()).isTrue();
                }
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            }
        }
    }

    @Test
    void printsEveryHeadingTheVersionAndAFooterOnEveryPage() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        try (PDDocument pdf =
                Loader.loadPDF(project.site().resolve("fr/demo/demo-fr-v2.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Hôpital d'essai")
                    .contains("La coronarographie")
                    .contains("Qu’est-ce que c’est\u202F?")
                    .contains("Quels sont les risques\u202F?")
                    .contains("Qui contacter\u202F?")
                    .contains("Français · Version 2 · 15 janvier 2026");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf))
                        .contains("La coronarographie · version 2 · 15 janvier 2026 · page " + page + " / "
                                + pdf.getNumberOfPages());
            }
        }
    }

    /** Titles of every length around the one whose footer breaks inside the page number and count. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void aFooterTooLongForOneLineKeepsThePageNumberAndCountTogether(int letters) throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/fr.md",
                        "title: La coronarographie",
                        "title: La coronarographie par voie radiale pour examiner les artères du cœur "
                                + "x".repeat(letters));
        project.build();

        try (PDDocument pdf =
                Loader.loadPDF(project.site().resolve("fr/demo/demo-fr-v2.pdf").toFile())) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).contains("page " + page + " / " + pdf.getNumberOfPages());
            }
        }
    }

    @Test
    void bookmarksEverySectionOfEveryLanguage() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        try (PDDocument pdf = Loader.loadPDF(
                project.site().resolve("fr/demo/demo-fr-en-v2.pdf").toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles)
                    .containsExactly(
                            "Qu’est-ce que c’est\u202F?",
                            "Quels sont les risques\u202F?",
                            "Qui contacter\u202F?",
                            "À propos de ce document",
                            "What is it?",
                            "What are the risks?",
                            "Who can I contact?",
                            "About this document");
        }
    }

    @Test
    void theQrCodeOnPageOneOpensTheCurrentOnlineVersion() throws Exception {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        try (PDDocument pdf =
                Loader.loadPDF(project.site().resolve("en/demo/demo-en-v2.pdf").toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 60);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));

            var hints = java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE);

            assertThat(new QRCodeReader().decode(bitmap, hints).getText())
                    .isEqualTo("https://leaflets.example.org/en/demo/");
        }
    }

    @Test
    void theSameContentGivesTheSameBytesInAnotherFolder(@TempDir Path otherFolder) throws IOException {
        TestProject first = TestProject.copyOf(TestProject.VALID, folder);
        TestProject second = TestProject.copyOf(TestProject.VALID, otherFolder);
        first.build();
        second.build();

        for (Path pdf : pdfs(first.site())) {
            Path twin = second.site().resolve(first.site().relativize(pdf));
            assertThat(Files.readAllBytes(twin)).as("%s", pdf.getFileName()).isEqualTo(Files.readAllBytes(pdf));
        }
    }

    @Test
    void printsOnUsLetterWhenTheSiteSaysSo() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\npageSize: letter\n");
        project.build();

        try (PDDocument pdf =
                Loader.loadPDF(project.site().resolve("en/demo/demo-en-v2.pdf").toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void printsTheHospitalLogoOnTheCoverWhenTheSiteNamesOne() throws Exception {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .writePng("content/logo.png")
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nlogo: logo.png\n");
        project.build();

        Path pdf = project.site().resolve("fr/demo/demo-fr-v2.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var images = new ArrayList<String>();
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                images.add(name.getName());
            }
            assertThat(images).as("the QR code and the logo").hasSize(2);
        }
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    static List<Path> pdfs(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".pdf"))
                    .sorted()
                    .toList();
        }
    }
}
