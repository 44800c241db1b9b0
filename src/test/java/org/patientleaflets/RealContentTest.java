package org.patientleaflets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.patientleaflets.check.NewRisks;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.config.LanguageToolJars;
import org.patientleaflets.content.ContentLoader;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.pdf.PdfConformance;
import org.patientleaflets.render.MarkdownHtml;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The leaflets this repository publishes pass every check, and lose that the moment a required section goes. */
class RealContentTest {

    private static final Path CONTENT = Path.of("content");
    private static final Pattern REQUIRED_HEADING = Pattern.compile(
            "^## (Quels sont les risques \\?|Qui contacter \\?|What are the risks\\?|Who can I contact\\?)$",
            Pattern.MULTILINE);

    @Test
    void theRealContentHasNoFindingButItsAwaitedApproval() {
        BuildResult result = Leaflets.check(config(Path.of("")));

        RealSite.assertOnlyAwaitingApproval(result);
        assertThat(result.warnings()).isEqualTo(result.texts());
        assertThat(result.texts()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void noRealVersionAddsARiskSinceMitraClipVersion3OnlySaysHowOftenEachHappens() {
        Content content = new ContentLoader(Path.of(""), MarkdownHtml::of)
                .load(CONTENT)
                .content()
                .orElseThrow();
        Leaflet mitraclip = content.leaflets().stream()
                .filter(leaflet -> leaflet.slug().equals("mitraclip"))
                .findFirst()
                .orElseThrow();

        assertThat(mitraclip.text("fr").orElseThrow().markdown()).contains("(fréquence non connue)");
        assertThat(mitraclip.published("fr", 2).orElseThrow().markdown()).doesNotContain("fréquence non connue");
        for (Leaflet leaflet : content.leaflets()) {
            for (String language : content.settings().languages()) {
                assertThat(NewRisks.of(content, leaflet, language).values())
                        .as("%s in %s", leaflet.slug(), language)
                        .allSatisfy(risks -> assertThat(risks).isEmpty());
            }
        }
    }

    @Test
    void theRealContentHasNothingToPublishAndSoNeedsNoApprovalToPublish(@TempDir Path project) throws IOException {
        copyContent(project);

        BuildResult result = Leaflets.publish(config(project));

        assertThat(result.errors()).isZero();
        assertThat(result.frozen()).isEmpty();
    }

    @Test
    void theRealContentHasNoProofreadingFinding() {
        BuildConfig unproofread = config(Path.of(""));
        BuildConfig proofread = new BuildConfig(
                unproofread.projectDirectory(),
                unproofread.contentDirectory(),
                unproofread.templatesDirectory(),
                unproofread.outputDirectory(),
                unproofread.failOnWarning(),
                unproofread.buildTime(),
                unproofread.failOnExpiredReview(),
                unproofread.allowStaleTranslations(),
                unproofread.skipPdf(),
                true,
                LanguageToolJars.classPath());

        RealSite.assertOnlyAwaitingApproval(Leaflets.check(proofread));
    }

    @Test
    void everyPdfOfTheRealContentIsPdfUaAndPdfA() throws Exception {
        Path site = RealSite.build("real-pdfs");

        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(site)) {
            pdfs = files.filter(file -> file.toString().endsWith(".pdf"))
                    .sorted()
                    .toList();
        }
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(6);
        for (Path pdf : pdfs) {
            assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1))
                    .as("PDF/UA-1 of %s", pdf)
                    .isEmpty();
            assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_3_A))
                    .as("PDF/A-3a of %s", pdf)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} without ''{1}''")
    @MethodSource("requiredSections")
    void removingAnyRequiredSectionFailsAtThatFile(String text, String heading, @TempDir Path project)
            throws IOException {
        copyContent(project);
        Path file = project.resolve(text);
        Files.writeString(file, withoutSection(Files.readString(file), heading));

        BuildResult result = Leaflets.check(config(project));

        assertThat(result.errors()).isPositive();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).anySatisfy(line -> assertThat(line)
                .startsWith(text + ":1:1: error: required section"));
    }

    static Stream<Arguments> requiredSections() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONTENT)) {
            // Frozen copies under versions/ are not checked again: the frozen-versions check refuses any edit.
            for (Path file : files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f ->
                            !f.getParent().getParent().getFileName().toString().equals("versions"))
                    .sorted()
                    .toList()) {
                Matcher heading = REQUIRED_HEADING.matcher(Files.readString(file));
                while (heading.find()) {
                    cases.add(Arguments.of(file.toString().replace('\\', '/'), heading.group(1)));
                }
            }
        }
        assertThat(cases).as("every text has a risks and a contact section").hasSizeGreaterThanOrEqualTo(8);
        return cases.stream();
    }

    /** Removes a heading and everything up to the next heading of the same level. */
    private static String withoutSection(String text, String heading) {
        int start = text.indexOf("## " + heading + "\n");
        int next = text.indexOf("\n## ", start + 3);
        return text.substring(0, start) + (next < 0 ? "" : text.substring(next + 1));
    }

    private static void copyContent(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path file : files.toList()) {
                Path copy = project.resolve(file.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    private static BuildConfig config(Path project) {
        return RealSite.config(project, "target/leaflets");
    }
}
