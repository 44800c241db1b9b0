package org.patientleaflets.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Diagnostic;

/** The preview as a browser sees it over HTTP: the built pages with findings and reload script, and nothing else. */
class PreviewTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private final List<BuildResult> builds = new CopyOnWriteArrayList<>();
    private final List<OutOfMemoryError> outOfMemory = new CopyOnWriteArrayList<>();
    /** Whether the next build runs out of memory, as one of a site too large for the heap does. */
    private final AtomicBoolean exhaustNextBuild = new AtomicBoolean();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestProject project;
    private Preview preview;

    @BeforeEach
    void start() throws IOException {
        project = TestProject.copyOf(TestProject.VALID, folder).skipPdf();
        preview = Preview.start(project.config(), 0, new PreviewListener() {
            @Override
            public void built(BuildResult result, int renderedAnew, Duration took) {
                if (exhaustNextBuild.getAndSet(false)) {
                    throw new OutOfMemoryError("Java heap space");
                }
                builds.add(result);
            }

            @Override
            public void failed(RuntimeException fault) {
                throw new AssertionError(fault);
            }

            @Override
            public void ranOutOfMemory(OutOfMemoryError error) {
                outOfMemory.add(error);
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(preview.address() + path))
                        .timeout(TIMEOUT)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheBuiltPagesOnTheLoopbackWithTheReloadScriptInTheResponseOnly() throws Exception {
        HttpResponse<String> page = get("fr/demo/");

        assertThat(preview.address().getHost()).isEqualTo("127.0.0.1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains("La coronarographie")
                .containsPattern(
                        "<script src=\"/_leaflet/reload.js\" data-generation=\"\\d+\" defer></script>\n</body>")
                .doesNotContain("leaflet-preview-findings");
        assertThat(Files.readString(project.config().previewDirectory().resolve("fr/demo/index.html")))
                .doesNotContain("_leaflet");
    }

    @Test
    void aBuildThatRunsOutOfMemoryIsToldAndTheNextSaveBuildsAgain() throws Exception {
        awaitBuilds(1);
        exhaustNextBuild.set(true);
        project.replace("content/demo/en.md", "The secretary", "The ward secretary");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (outOfMemory.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }

        project.replace("content/demo/en.md", "The ward secretary", "The day ward secretary");

        assertThat(outOfMemory).hasSize(1);
        awaitBuilds(2);
        awaitPage("en/demo/", "The day ward secretary");
    }

    @Test
    void givesEachFileItsContentType() throws Exception {
        HttpResponse<String> script = get("_leaflet/reload.js");
        HttpResponse<String> sitemap = get("sitemap.xml");

        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("EventSource");
        assertThat(sitemap.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        try (Stream<Path> files = Files.walk(project.config().previewDirectory())) {
            Path stylesheet = files.filter(file -> file.toString().endsWith(".css"))
                    .findFirst()
                    .orElseThrow();
            String path = project.config()
                    .previewDirectory()
                    .relativize(stylesheet)
                    .toString()
                    .replace('\\', '/');
            assertThat(get(path).headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        }
    }

    @Test
    void letsTheBrowserKeepHashedAssetsSoThatAReloadFetchesThePageAlone() throws Exception {
        try (Stream<Path> files = Files.walk(project.config().previewDirectory().resolve("assets"))) {
            Path stylesheet = files.filter(file -> file.toString().endsWith(".css"))
                    .findFirst()
                    .orElseThrow();
            String path = project.config()
                    .previewDirectory()
                    .relativize(stylesheet)
                    .toString()
                    .replace('\\', '/');
            assertThat(path).matches("assets/site\\.[0-9a-f]{8}\\.css");
            assertThat(get(path).headers().firstValue("Cache-Control")).hasValue("max-age=31536000, immutable");
            assertThat(get("fr/demo/").headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void answersAnUnknownAddressWithTheSitesNotFoundPage() throws Exception {
        HttpResponse<String> missing = get("fr/nothing-here/");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .isEqualTo(Files.readString(project.config().previewDirectory().resolve("404.html"))
                        .replace("</head>", "<link rel=\"stylesheet\" href=\"/_leaflet/preview.css\">\n</head>")
                        .replaceFirst("(<body[^>]*>)", "$1\n")
                        .replaceFirst(
                                "</body>",
                                "<script src=\"/_leaflet/reload.js\" data-generation=\"1\" defer></script>\n</body>"));
    }

    @Test
    void sendsAFolderAskedWithoutItsSlashToTheFolder() throws Exception {
        HttpResponse<String> folderWithoutSlash = get("fr/demo");

        assertThat(folderWithoutSlash.statusCode()).isEqualTo(301);
        assertThat(folderWithoutSlash.headers().firstValue("Location")).hasValue("/fr/demo/");
    }

    @Test
    void refusesEveryPathLeadingOutOfTheSite() throws Exception {
        project.write("target/leaflets/report.json", "{\"diagnostics\": []}");

        for (String path :
                List.of("../report.json", "%2e%2e/report.json", "fr/..%2f..%2freport.json", "..%5creport.json")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("\"diagnostics\"");
        }
    }

    @Test
    void refusesARequestNamingAnotherHost() throws Exception {
        try (java.net.Socket socket =
                new java.net.Socket("127.0.0.1", preview.address().getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream()
                    .write("GET /fr/demo/ HTTP/1.1\r\nHost: rebound.example:80\r\nConnection: close\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response =
                    new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 403 ").doesNotContain("coronarographie");
        }
    }

    @Test
    void rebuildsAnEditedTextAndTellsOpenPagesToReload() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(
                HttpRequest.newBuilder(URI.create(preview.address() + "_leaflet/events"))
                        .build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(events)));
        String first = nextBuild(events);

        project.replace(
                "content/demo/fr.md",
                "Un examen qui montre les artères du cœur.\n\n##",
                "Un examen des artères.\n\n##");

        assertThat(nextBuild(events)).isNotEqualTo(first);
        assertThat(get("fr/demo/").body())
                .contains("Un examen des artères.")
                .contains("data-generation=\"" + (Long.parseLong(first) + 1) + "\"");
    }

    @Test
    void showsAFindingOnThePageOfItsTextOnly() throws Exception {
        project.replace("content/demo/en.md", "specialty: Cardiology\n", "specialty: Cardiology\ncolour: red\n");

        awaitBuilds(2);

        assertThat(banner("en/demo/"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("content/demo/en.md:8:1: warning: unknown field 'colour' is ignored");
        assertThat(banner("fr/demo/")).isEmpty();
    }

    @Test
    void showsTheErrorsOfARefusedBuildOnEveryPageOverTheLastGoodOne() throws Exception {
        project.replace(
                "content/demo/fr.md",
                "Un examen qui montre les artères du cœur.\n\n##",
                "Un examen des artères.\n\n##");
        awaitBuilds(2);
        project.replace("content/demo/en.md", "## Who can I contact?", "## Questions?");

        BuildResult refused = awaitBuilds(3);

        assertThat(refused.published()).isFalse();
        List<String> findings =
                refused.diagnostics().stream().map(Diagnostic::format).toList();
        assertThat(findings)
                .anyMatch(finding ->
                        finding.startsWith("content/demo/en.md:1:1: error: required section 'contact' is missing"));
        for (String page : List.of("fr/demo/", "en/index.html", "fr/demo/not-a-page")) {
            Element banner = Jsoup.parse(get(page).body()).selectFirst("aside.leaflet-preview-findings");
            assertThat(banner).as(page).isNotNull();
            assertThat(banner.selectFirst("p").text()).startsWith("The last change was not published");
            assertThat(banner.select("li").eachText()).as(page).isEqualTo(findings);
        }
        assertThat(get("fr/demo/").body()).contains("Un examen des artères.");
    }

    @Test
    void watchesLeafletFoldersMadeAfterTheStart() throws Exception {
        project.write("content/angio/fr.md", project.read("content/demo/fr.md"));
        project.write("content/angio/en.md", project.read("content/demo/en.md"));

        awaitPage("fr/angio/");
        project.replace("content/angio/fr.md", "La coronarographie", "L’angiographie");

        assertThat(awaitPage("fr/angio/", "L’angiographie").body()).contains("L’angiographie");
    }

    @Test
    void ignoresTheScratchFilesOfEditorsWhileTheWriterTypes() throws Exception {
        awaitBuilds(1);
        project.write("content/demo/.fr.md.swp", "swap");
        project.write("content/demo/fr.md~", "backup");
        project.write("content/demo/#fr.md#", "auto-save");
        TimeUnit.MILLISECONDS.sleep(20 * Preview.QUIET.toMillis());

        assertThat(builds).hasSize(1);
        project.replace("content/demo/fr.md", "La coronarographie", "La coronarographie diagnostique");
        awaitBuilds(2);
    }

    @Test
    void watchesTheTemplatesFolderAlthoughItWasMadeAfterTheStart() throws Exception {
        project.write("templates/assets/site.css", "main { color: #111; }\n");
        awaitStylesheet("#111");

        project.write("templates/assets/site.css", "main { color: #222; }\n");

        assertThat(awaitStylesheet("#222")).contains("#222");
    }

    /** The stylesheet the French index links to, once it holds {@code text}. */
    private String awaitStylesheet(String text) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String css;
        do {
            String href = Jsoup.parse(get("fr/index.html").body())
                    .selectFirst("link[rel=stylesheet]")
                    .attr("href");
            css = get("fr/" + href).body();
            TimeUnit.MILLISECONDS.sleep(50);
        } while (!css.contains(text) && System.nanoTime() < deadline);
        return css;
    }

    /** The findings the page's banner lists, as the console prints them. */
    private List<String> banner(String path) throws Exception {
        return Jsoup.parse(get(path).body())
                .select("aside.leaflet-preview-findings li")
                .eachText();
    }

    private BuildResult awaitBuilds(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (builds.size() < count && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(builds).as("builds").hasSizeGreaterThanOrEqualTo(count);
        return builds.get(builds.size() - 1);
    }

    private HttpResponse<String> awaitPage(String path, String... texts) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        HttpResponse<String> page = get(path);
        while ((page.statusCode() != 200 || !Stream.of(texts).allMatch(page.body()::contains))
                && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
            page = get(path);
        }
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page;
    }

    private static String nextBuild(BlockingQueue<String> events) throws InterruptedException {
        String line;
        do {
            line = events.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(line).as("an event before the timeout").isNotNull();
        } while (!line.startsWith("data: "));
        return line.substring("data: ".length());
    }

    /** Hands each line of an event stream to a queue. */
    private record LineCollector(BlockingQueue<String> lines) implements java.util.concurrent.Flow.Subscriber<String> {

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable error) {}

        @Override
        public void onComplete() {}
    }
}
