package org.patientleaflets.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.Progress;
import org.patientleaflets.TestProject;
import org.patientleaflets.content.ContentLoader;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Content;
import org.patientleaflets.render.MarkdownHtml;
import org.patientleaflets.render.Theme;

class SiteBuilderTest {

    @TempDir
    Path folder;

    @Test
    void writesTheEntryPageBothIndexesAndOnePageAndOneHistoryPerText() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);

        BuildResult result = project.build();

        assertThat(result.published()).isTrue();
        assertThat(result.pagesWritten()).isEqualTo(8);
        assertThat(project.site().resolve("fr/demo/history/index.html")).isRegularFile();
        assertThat(project.site().resolve("index.html")).isRegularFile();
        assertThat(project.site().resolve("404.html")).isRegularFile();
        assertThat(project.site().resolve("fr/index.html")).isRegularFile();
        assertThat(project.site().resolve("en/index.html")).isRegularFile();
        assertThat(project.site().resolve("fr/demo/index.html")).isRegularFile();
        assertThat(project.site().resolve("en/demo/index.html")).isRegularFile();
        assertThat(project.site().resolve("sitemap.xml")).isRegularFile();
    }

    @Test
    void aSiteOnlyBuildWritesEveryPageAndNoPdf() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).skipPdf();

        BuildResult result = project.build();

        assertThat(result.published()).isTrue();
        assertThat(result.pagesWritten()).isEqualTo(8);
        assertThat(result.pdfsWritten()).isZero();
        try (var files = Files.walk(project.site())) {
            assertThat(files.filter(file -> file.toString().endsWith(".pdf"))).isEmpty();
        }
    }

    @Test
    void namesTheStylesheetAfterItsContentSoThatBrowsersMayKeepItForEver() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        String before = page(project, "en/demo/index.html")
                .select("link[rel=stylesheet]")
                .attr("href");

        project.write("templates/assets/site.css", "body { color: black; }\n").build();
        String after = page(project, "en/demo/index.html")
                .select("link[rel=stylesheet]")
                .attr("href");

        assertThat(before).matches("\\.\\./\\.\\./assets/site\\.[0-9a-f]{8}\\.css");
        assertThat(after)
                .matches("\\.\\./\\.\\./assets/site\\.[0-9a-f]{8}\\.css")
                .isNotEqualTo(before);
        assertThat(project.site().resolve("en/demo").resolve(after)).hasContent("body { color: black; }");
    }

    @Test
    void theNotFoundPageSpeaksEveryLanguageAndLeadsToEachIndex() throws IOException {
        Document notFound = pageOfTheValidSite("404.html");

        assertThat(notFound.select("section[lang=fr] h1").text()).isEqualTo("Page introuvable");
        assertThat(notFound.select("section[lang=en] h1").text()).isEqualTo("Page not found");
        assertThat(notFound.select("a.language-button").eachAttr("href"))
                .containsExactly("fr/index.html", "en/index.html");
    }

    @Test
    void theSitemapListsEveryPageAtTheBaseUrlWithItsOtherLanguages() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        Document sitemap = Jsoup.parse(
                Files.readString(project.site().resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());

        assertThat(sitemap.select("url > loc").eachText())
                .containsExactly(
                        "https://leaflets.example.org/fr/",
                        "https://leaflets.example.org/en/",
                        "https://leaflets.example.org/en/demo/",
                        "https://leaflets.example.org/fr/demo/");
        Element french = sitemap.select("url").get(3);
        assertThat(french.select("lastmod").text()).isEqualTo("2026-01-15");
        assertThat(french.select("xhtml|link").eachAttr("hreflang")).containsExactly("en", "fr");
        assertThat(french.select("xhtml|link[hreflang=en]").attr("href"))
                .isEqualTo("https://leaflets.example.org/en/demo/");
    }

    @Test
    void linksEachLeafletToItsOtherLanguageBothWays() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        Document french = page(project, "fr/demo/index.html");
        Document english = page(project, "en/demo/index.html");

        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(french.select("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo("../../en/demo/index.html");
        assertThat(english.select("link[rel=alternate][hreflang=fr]").attr("href"))
                .isEqualTo("../../fr/demo/index.html");
        assertThat(french.select("nav.language-switch a[hreflang=en]").text()).isEqualTo("English");
        assertThat(english.select("nav.language-switch a[hreflang=fr]").text()).isEqualTo("Français");
    }

    @Test
    void usesOnlyRelativeLinksThatResolveInsideTheSite() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        for (String page :
                new String[] {"index.html", "fr/index.html", "en/demo/index.html", "en/demo/history/index.html"}) {
            Document document = page(project, page);
            for (Element link : document.select("a[href], link[href]")) {
                String href = link.attr("href");
                assertThat(href).as("%s in %s", href, page).doesNotContain("//").doesNotStartWith("/");
                // Anchors and call links point at no file.
                if (!href.startsWith("#") && !href.startsWith("tel:")) {
                    Path target =
                            project.site().resolve(page).resolveSibling(href).normalize();
                    assertThat(target)
                            .as("%s in %s", href, page)
                            .startsWith(project.site())
                            .isRegularFile();
                }
            }
        }
    }

    /** The valid fixture with its version 2 published, then a version 3 of both texts. */
    private TestProject withTwoVersions() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.publish();
        project.replace("content/demo/fr.md", "version: 2", "version: 3")
                .replace("content/demo/fr.md", "date: 2026-01-15", "date: 2026-06-02\nchanges: Phrase plus claire.")
                .replace("content/demo/en.md", "version: 2", "version: 3")
                .replace("content/demo/en.md", "date: 2026-01-15", "date: 2026-06-02\nchanges: Clearer sentence.")
                .replace("content/demo/en.md", "translation-of: 2", "translation-of: 3")
                .replace(
                        "content/demo/en.md",
                        "A test that shows the arteries of the heart.\n\n##",
                        "A test that shows the arteries of your heart.\n\n##");
        return project;
    }

    @Test
    void aVersionOneLanguageNeverHadLeadsToItsCurrentTextWithoutClaimingItAsTheSamePage() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.publish();
        project.replace("content/demo/en.md", "version: 2", "version: 3")
                .replace("content/demo/en.md", "date: 2026-01-15", "date: 2026-06-02\nchanges: Clearer sentence.")
                .replace(
                        "content/demo/en.md",
                        "A test that shows the arteries of the heart.",
                        "A test that shows the arteries of your heart.")
                .publish();

        project.build();

        String version = Files.readString(project.site().resolve("en/demo/v3/index.html"));
        assertThat(version)
                .contains("<a href=\"../../../fr/demo/index.html\" hreflang=\"fr\"")
                .doesNotContain("rel=\"alternate\" hreflang=\"fr\"");
        assertThat(Files.readString(project.site().resolve("en/demo/v2/index.html")))
                .contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"../../../fr/demo/v2/index.html\">");
    }

    @Test
    void servesEachPublishedVersionWithItsOwnPdfBesideTheCurrentOne() {
        TestProject project = withTwoVersions();

        BuildResult result = project.build();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(project.site().resolve("en/demo/demo-en-v3.pdf")).isRegularFile();
        assertThat(project.site().resolve("en/demo/v2/index.html")).isRegularFile();
        assertThat(project.site().resolve("en/demo/v2/demo-en-v2.pdf")).isRegularFile();
        assertThat(project.site().resolve("fr/demo/v2/demo-fr-v2.pdf")).isRegularFile();
    }

    @Test
    void marksASupersededVersionWithABannerLinkingToTheCurrentPage() throws IOException {
        TestProject project = withTwoVersions();
        project.build();

        Document old = page(project, "en/demo/v2/index.html");
        Document current = page(project, "en/demo/index.html");

        assertThat(old.select(".superseded[role=note]").text())
                .isEqualTo("This version is no longer in effect: a newer version has replaced it."
                        + " Read the current version");
        assertThat(old.select(".superseded a").attr("href")).isEqualTo("../../../en/demo/index.html");
        assertThat(old.select(".document-control dd").first().text()).isEqualTo("2");
        assertThat(old.select("a[type=application/pdf]").attr("href")).isEqualTo("../../../en/demo/v2/demo-en-v2.pdf");
        assertThat(old.select("link[rel=alternate][hreflang=fr]").attr("href"))
                .isEqualTo("../../../fr/demo/v2/index.html");
        assertThat(current.select(".superseded")).isEmpty();
        assertThat(current.select("a:contains(Version history)").attr("href"))
                .isEqualTo("../../en/demo/history/index.html");
    }

    @Test
    void listsEveryVersionOnTheHistoryPageNewestFirst() throws IOException {
        TestProject project = withTwoVersions();
        project.build();

        Document history = page(project, "fr/demo/history/index.html");

        assertThat(history.select(".history-list h2").eachText())
                .containsExactly("Version 3 (version en vigueur)", "Version 2");
        assertThat(history.select(".history-list h2 a").eachAttr("href"))
                .containsExactly("../../../fr/demo/index.html", "../../../fr/demo/v2/index.html");
        assertThat(history.select(".history-list a[type=application/pdf]").eachAttr("href"))
                .containsExactly("../../../fr/demo/demo-fr-v3.pdf", "../../../fr/demo/v2/demo-fr-v2.pdf");
        assertThat(history.select(".history-list dd").eachText())
                .containsExactly("2 juin 2026", "Phrase plus claire.", "15 janvier 2026");
    }

    @Test
    void publishesAnAllowedStaleTranslationWithABannerLinkingToTheSourceText() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "translation-of: 2", "translation-of: 1")
                .allowStaleTranslations();

        assertThat(project.build().published()).isTrue();

        Document english = page(project, "en/demo/index.html");
        assertThat(english.select(".superseded[role=note]").text())
                .isEqualTo("The French text is newer than this translation. Read the French text");
        assertThat(english.select(".superseded a").attr("href")).isEqualTo("../../fr/demo/index.html");
        assertThat(page(project, "fr/demo/index.html").select(".superseded")).isEmpty();
    }

    @Test
    void listsLeafletsByLanguageWithVersionAndDate() throws IOException {
        Document index = pageOfTheValidSite("en/index.html");

        assertThat(index.select(".specialty-group h2").text()).isEqualTo("Cardiology");
        assertThat(index.select("a.leaflet-link").attr("href")).isEqualTo("../en/demo/index.html");
        assertThat(index.select(".leaflet-list .meta").text()).isEqualTo("Version 2 · 15 January 2026");
    }

    @Test
    void theEntryPageOffersEveryLanguageWithoutAScript() throws IOException {
        Document root = pageOfTheValidSite("index.html");

        assertThat(root.select("script")).isEmpty();
        assertThat(root.select("a.language-button").eachAttr("href")).containsExactly("fr/index.html", "en/index.html");
        assertThat(root.select("section[lang=fr] h1").text()).isEqualTo("Hôpital d'essai");
    }

    @Test
    void setsFrenchSpacingBeforeHighPunctuation() throws IOException {
        Document french = pageOfTheValidSite("fr/demo/index.html");

        assertThat(french.select("h2").eachText()).contains("Quels sont les risques\u202F?");
        // jsoup's text() folds no-break spaces into spaces: read the raw paragraph.
        assertThat(french.select("p").stream().map(Element::wholeText))
                .contains("Le secrétariat\u00A0: 064\u00A023\u00A048\u00A020.");
    }

    @Test
    void escapesRawHtmlSoContentCannotInjectScript() {
        // The raw-html and links rules stop such a text before it is built; the renderer holds on its own.
        String html = new MarkdownHtml("BE")
                .render("## What is it?\n\n<script>alert(1)</script>\n\n[click](javascript:alert(2))\n", "en")
                .html();

        Document english = Jsoup.parseBodyFragment(html);

        assertThat(english.select("script")).isEmpty();
        assertThat(english.select("a[href^=javascript]")).isEmpty();
        assertThat(english.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void putsEachImageBesideThePageThatShowsIt() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/en.md",
                        "of the heart.\n\n## What",
                        "of the heart.\n\n![The heart](images/heart%20front.png)\n\n## What")
                .writePng("content/demo/images/heart front.png");

        BuildResult result = project.build();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(page(project, "en/demo/index.html").select("img").attr("src"))
                .isEqualTo("images/heart%20front.png");
        assertThat(project.site().resolve("en/demo/images/heart front.png"))
                .hasSameBinaryContentAs(project.directory().resolve("content/demo/images/heart front.png"));
    }

    @Test
    void aFailedCheckLeavesTheLastGoodSiteUntouched() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        String before = Files.readString(project.site().resolve("en/demo/index.html"));
        project.replace("content/demo/en.md", "## What are the risks?", "## Side notes")
                .replace("content/demo/en.md", "A test that shows", "A changed text that shows");

        BuildResult result = project.build();

        assertThat(result.published()).isFalse();
        assertThat(result.errors()).isEqualTo(1);
        assertThat(Files.readString(project.site().resolve("en/demo/index.html")))
                .isEqualTo(before);
        assertThat(project.site().resolveSibling(".site.staging")).doesNotExist();
    }

    @Test
    void aFailedCheckWritesNoSiteAtAll() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).delete("content/demo/en.md");

        project.build();

        assertThat(project.site()).doesNotExist();
    }

    @Test
    void aTemplateOfTheProjectReplacesTheDefaultOne() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .write("templates/root.ftlh", "<p>${page.languages?size} languages</p>");
        project.build();

        assertThat(Files.readString(project.site().resolve("index.html"))).isEqualTo("<p>2 languages</p>");
        assertThat(project.site().resolve("fr/demo/index.html")).isRegularFile();
    }

    @Test
    void aBrokenTemplateIsReportedAtItsLineAndKeepsTheLastGoodSite() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        String before = Files.readString(project.site().resolve("index.html"));
        project.write("templates/root.ftlh", "<p>fine</p>\n<p>${page.noSuchThing}</p>\n");

        BuildResult result = project.build();

        assertThat(result.published()).isFalse();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.format())
                .startsWith("templates/root.ftlh:2:6: error: the template" + " failed:")
                .endsWith("[template]"));
        assertThat(Files.readString(project.site().resolve("index.html"))).isEqualTo(before);
    }

    @Test
    void givesEachLeafletATableOfContentsLinkedToItsSections() throws IOException {
        Document english = pageOfTheValidSite("en/demo/index.html");

        assertThat(english.select("nav.contents a").eachAttr("href"))
                .containsExactly("#what-is-it", "#what-are-the-risks", "#who-can-i-contact");
        for (String target : english.select("nav.contents a").eachAttr("href")) {
            assertThat(english.getElementById(target.substring(1))).as(target).isNotNull();
        }
    }

    @Test
    void makesTheContactPhoneNumberACallLink() throws IOException {
        Document english = pageOfTheValidSite("en/demo/index.html");

        assertThat(english.select("a[href^=tel:]").eachAttr("href")).containsExactly("tel:+3264234820");
        assertThat(english.select("a[href^=tel:]").text()).isEqualTo("064 23 48 20");
    }

    @Test
    void offersASearchThatReadsAnIndexOfEverySectionWithoutInlineScript() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        Document english = page(project, "en/index.html");

        assertThat(english.select("script:not([src])")).isEmpty();
        // The index itself is loaded by the script, once the reader turns to the search box.
        assertThat(english.select("script[src]").eachAttr("src"))
                .singleElement()
                .satisfies(script -> assertThat(script).matches("\\.\\./assets/search\\.[0-9a-f]{8}\\.js"));
        // The page names the list of the index's parts, which keeps its name when a text changes.
        assertThat(english.select("form[data-search]").attr("data-index")).isEqualTo("../en/search-parts.js");
        String parts = Files.readString(project.site().resolve("en/search-parts.js"));
        Matcher listed = Pattern.compile(
                        "^window\\.leafletSearchParts = \\[\"(\\.\\./assets/search-en-1\\.[0-9a-f]{8}\\.js)\"\\];\n$")
                .matcher(parts);
        assertThat(listed.matches()).as(parts).isTrue();
        String part = listed.group(1);
        assertThat(english.select("form[role=search][hidden] label[for=search-query]")
                        .text())
                .startsWith("Search the leaflets");
        assertThat(english.select("#search-status[role=status]")).hasSize(1);
        String index =
                Files.readString(project.site().resolve("en").resolve(part).normalize());
        assertThat(index)
                .startsWith("window.leafletSearchIndex = (window.leafletSearchIndex || []).concat([")
                .contains("\"href\":\"../en/demo/index.html\"")
                .contains("{\"heading\":\"What are the risks?\",\"text\":\"A bruise where the tube went in (2%).\"}");
    }

    @Test
    void aBuildThatRunsOutOfMemoryLeavesTheLastSiteAndTheOutputFreeForTheNextBuild() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        byte[] lastPage = Files.readAllBytes(project.site().resolve("en/demo/index.html"));
        Content content = new ContentLoader(project.directory(), MarkdownHtml::of)
                .load(project.config().contentDirectory())
                .content()
                .orElseThrow();
        SiteBuilder outOfMemoryInPdfs = new SiteBuilder(
                new Theme(project.config().templatesDirectory()),
                () -> {
                    throw new OutOfMemoryError("Java heap space");
                },
                Instant.EPOCH,
                Progress.SILENT,
                PageCache.none());

        assertThatThrownBy(() -> outOfMemoryInPdfs.build(content, SiteOutput.staged(project.site()), false, false))
                .isInstanceOf(OutOfMemoryError.class);

        assertThat(project.site().resolve("en/demo/index.html")).hasBinaryContent(lastPage);
        project.replace("content/demo/en.md", "A bruise where", "A small bruise where");
        assertThat(project.build().published()).isTrue();
        assertThat(project.site().resolve("en/demo/index.html")).content().contains("A small bruise where");
    }

    @Test
    void leafletPagesLoadNoScript() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        assertThat(page(project, "fr/demo/index.html").select("script")).isEmpty();
    }

    /** Builds the valid fixture, unchanged, and reads one of its pages. */
    private Document pageOfTheValidSite(String page) throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        return page(project, page);
    }

    @Test
    void keepsAllowedHtmlAndDropsTheRestWhenTheSiteAllowsHtml() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nallowHtml: true\n")
                .replace(
                        "content/demo/en.md",
                        "## What is it?\n\nA test that shows",
                        "## What is it?\n\nA <b>test</b> <script>alert('x')</script>that shows");

        project.build();
        Document english = page(project, "en/demo/index.html");

        assertThat(english.select(".leaflet-body b").text()).isEqualTo("test");
        assertThat(english.select("script[src]").eachAttr("src")).noneMatch(src -> src.contains("alert"));
        assertThat(english.select(".leaflet-body script")).isEmpty();
        assertThat(english.select(".leaflet-body").text()).doesNotContain("alert");
    }

    @Test
    void listsEveryPublishedFileWithItsSizeAndHashInTheManifest() throws Exception {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        var manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(project.site().resolve("manifest.json").toFile());

        assertThat(manifest.get("generator").asText())
                .startsWith("leaflet-maven-plugin ")
                .doesNotContain("${");
        assertThat(manifest.get("buildTime").asText()).isEqualTo("2026-11-27T00:00:00Z");
        var pdf = java.util.stream.StreamSupport.stream(manifest.get("files").spliterator(), false)
                .filter(file -> file.get("path").asText().equals("fr/demo/demo-fr-v2.pdf"))
                .findFirst()
                .orElseThrow();
        byte[] bytes = Files.readAllBytes(project.site().resolve("fr/demo/demo-fr-v2.pdf"));
        assertThat(pdf.get("size").asLong()).isEqualTo(bytes.length);
        assertThat(pdf.get("sha256").asText())
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(bytes)));
    }

    @Test
    void publishesAnAtomFeedOfVersionsPerLanguage() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        Document feed = Jsoup.parse(
                Files.readString(project.site().resolve("en/feed.xml")), "", org.jsoup.parser.Parser.xmlParser());

        assertThat(feed.select("feed > title").text()).isEqualTo("Test hospital");
        assertThat(feed.select("feed > link[rel=self]").attr("href"))
                .isEqualTo("https://leaflets.example.org/en/feed.xml");
        assertThat(feed.select("entry > title").eachText()).containsExactly("Coronary angiography – 2");
        assertThat(feed.select("entry > id").text()).isEqualTo("https://leaflets.example.org/en/demo/");
        assertThat(feed.select("entry > updated").text()).isEqualTo("2026-01-15T00:00:00Z");
    }

    private static Document page(TestProject project, String page) throws IOException {
        return Jsoup.parse(project.site().resolve(page).toFile(), "UTF-8");
    }
}
