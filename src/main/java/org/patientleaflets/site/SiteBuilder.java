package org.patientleaflets.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.patientleaflets.Progress;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.GlossaryEntry;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Link;
import org.patientleaflets.model.PublishedVersion;
import org.patientleaflets.model.SourcePosition;
import org.patientleaflets.pdf.PdfRenderer;
import org.patientleaflets.pdf.RenderedPdf;
import org.patientleaflets.render.PrintDocument;
import org.patientleaflets.render.Theme;

/**
 * Writes the static site of checked content: the entry and not-found pages, one index per language, one
 * page, one history page and one PDF per text, one page and one PDF per published version, a PDF per
 * leaflet holding every language, the assets under content-hashed names and the sitemap.
 */
public final class SiteBuilder {

    private final Theme theme;
    private final Supplier<PdfRenderer> pdf;
    private final Instant buildTime;
    private final Progress progress;
    private final PageCache cache;

    /**
     * @param pdf makes the PDF renderer, which reads its fonts: only a build that makes PDFs asks for it
     * @param buildTime the time recorded in PDFs, fixed so the same content gives the same bytes
     * @param progress hears of each page and PDF written and of each phase's time
     * @param cache what earlier builds rendered, for the pages of this build that have not changed
     */
    public SiteBuilder(Theme theme, Supplier<PdfRenderer> pdf, Instant buildTime, Progress progress, PageCache cache) {
        this.theme = theme;
        this.pdf = pdf;
        this.buildTime = buildTime;
        this.progress = progress;
        this.cache = cache;
    }

    /** The names of the phases of a build, as {@link Progress} hears them. */
    public static final String PAGES = "pages";

    public static final String PDFS = "PDFs";
    public static final String PUBLISH = "files published";

    /** Rule id of the renderer's warnings about a printable leaflet. */
    static final String PDF_RULE = "pdf-render";

    /**
     * What a build wrote.
     *
     * @param pages how many pages
     * @param pdfs how many PDF leaflets
     * @param warnings what the PDF renderer warned about, at the text each PDF was made from
     * @param published whether the new output replaced the old one
     */
    public record Written(int pages, int pdfs, List<Diagnostic> warnings, boolean published) {

        public Written {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Publishes the site of {@code content} through {@code output}.
     *
     * @param failOnWarning whether a warning met while rendering keeps the last site in place
     * @param skipPdf whether to leave the PDF leaflets out, for a quick preview of the pages
     */
    public Written build(Content content, SiteOutput output, boolean failOnWarning, boolean skipPdf)
            throws IOException {
        output.begin();
        try {
            cache.startBuild();
            int pages = progress.timed(PAGES, () -> writePages(content, output), count -> count);
            List<PdfJob> pdfs = skipPdf ? List.of() : pdfJobs(content);
            List<Diagnostic> warnings = progress.timed(PDFS, () -> writePdfs(pdfs, output), written -> pdfs.size());
            if (failOnWarning && !warnings.isEmpty()) {
                output.abandon();
                return new Written(0, 0, warnings, false);
            }
            progress.timed(PUBLISH, () -> publish(output), count -> count);
            return new Written(pages, pdfs.size(), warnings, true);
        } catch (IOException | RuntimeException | Error e) {
            // Out of memory too: a preview's JVM lives on, and must find its output free for the next save.
            output.abandon();
            throw e;
        }
    }

    /** Lists every file in the manifest and makes the new site the one served; returns how many files it has. */
    private int publish(SiteOutput output) throws IOException {
        int files = output.publish(buildTime);
        cache.endBuild();
        return files;
    }

    private int writePages(Content content, SiteOutput output) throws IOException {
        AssetNames assets = new AssetNames();
        for (String asset : Theme.ASSETS) {
            byte[] bytes = theme.asset(asset);
            output.write(assets.add(asset, bytes), bytes);
        }
        for (String language : content.settings().languages()) {
            writeSearchIndex(content, language, output, assets);
        }
        SiteViews views = new SiteViews(content, assets, cache);
        int pages = 0;
        writePage(output, UrlScheme.root(), "root.ftlh", views.root(UrlScheme.root()));
        writePage(output, UrlScheme.notFound(), "404.ftlh", views.root(UrlScheme.notFound()));
        pages += 2;
        for (String language : content.settings().languages()) {
            // A language index lists every leaflet: at each preview save its view is compared, not its HTML.
            writePage(output, UrlScheme.languageIndex(language), "index.ftlh", views.index(language));
            pages++;
        }
        // Leaflets' pages are independent of each other: they render on every core.
        AtomicInteger done = new AtomicInteger();
        int leaflets = content.leaflets().size();
        pages += content.leaflets().parallelStream()
                .mapToInt(leaflet -> {
                    int written = writeLeafletPages(leaflet, content, views, output);
                    progress.advanced("leaflets rendered", done.incrementAndGet(), leaflets);
                    return written;
                })
                .sum();
        Sitemap sitemap = Sitemap.of(content, cache);
        writeUnlessKept(output, "sitemap.xml", sitemap, sitemap::xml);
        AtomFeed feed = new AtomFeed(content, summary -> cache.fragment(theme, "feed-summary.ftl", summary), cache);
        for (String language : content.settings().languages()) {
            writeFeed(feed, language, content.settings(), output);
        }
        return pages;
    }

    /** What a language's feed is made from: its entries, the site's name and address, the summary template. */
    private record FeedSource(String language, List<AtomFeed.Entry> entries, SiteSettings settings, Theme theme) {}

    private void writeFeed(AtomFeed feed, String language, SiteSettings settings, SiteOutput output)
            throws IOException {
        List<AtomFeed.Entry> entries = feed.entries(language);
        writeUnlessKept(
                output,
                AtomFeed.path(language),
                new FeedSource(language, entries, settings, theme),
                () -> feed.xml(language, entries));
    }

    /** What a page is made from: its view and template, in a theme. */
    private record PageSource(String template, Object view, Theme theme) {}

    private void writePage(SiteOutput output, String path, String template, Object view) throws IOException {
        writeUnlessKept(output, path, new PageSource(template, view, theme), () -> cache.page(theme, template, view));
    }

    /** Writes a file made by {@code text}, unless the output still has it as made from an equal source. */
    private static void writeUnlessKept(SiteOutput output, String path, Object source, Supplier<String> text)
            throws IOException {
        if (output.keptFrom(path, source).isEmpty()) {
            output.writeText(path, text.get());
            output.wroteFrom(path, source, List.of(path));
        }
    }

    /**
     * What a leaflet's pages are made from: its texts and versions, the site's settings, the glossary whose
     * definitions they show, and the theme. The same leaflet in the same site with the same theme has the
     * same pages.
     */
    private record LeafletPagesSource(
            Leaflet leaflet, SiteSettings settings, Map<String, List<GlossaryEntry>> glossary, Theme theme) {}

    /**
     * Writes a leaflet's page and history page in each language, and the page of each published version,
     * unless the output still has them as they were made from the same source; copies its images either way.
     */
    private int writeLeafletPages(Leaflet leaflet, Content content, SiteViews views, SiteOutput output) {
        LeafletPagesSource source = new LeafletPagesSource(leaflet, content.settings(), content.glossary(), theme);
        String name = "pages of " + leaflet.slug();
        boolean kept = output.keptFrom(name, source).isPresent();
        List<String> pages = new ArrayList<>();
        try {
            for (LeafletText text : leaflet.texts().values()) {
                String page = UrlScheme.leaflet(text.language(), text.slug());
                String history = UrlScheme.history(text.language(), text.slug());
                if (!kept) {
                    output.writeText(page, cache.page(theme, "leaflet.ftlh", views.leaflet(leaflet, text)));
                    output.writeText(history, cache.page(theme, "history.ftlh", views.history(leaflet, text)));
                }
                copyImages(leaflet, text, page, output);
                pages.addAll(List.of(page, history));
            }
            for (PublishedVersion version : leaflet.versions()) {
                for (LeafletText text : version.copy().texts().values()) {
                    String page = UrlScheme.version(text.language(), text.slug(), version.number());
                    if (!kept) {
                        output.writeText(page, cache.page(theme, "leaflet.ftlh", views.version(leaflet, text)));
                    }
                    copyImages(version.copy(), text, page, output);
                    pages.add(page);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pages of " + leaflet.slug(), e);
        }
        if (!kept) {
            output.wroteFrom(name, source, pages);
        }
        return pages.size();
    }

    private record PdfJob(String path, PrintDocument document, Path source) {}

    private List<PdfJob> pdfJobs(Content content) throws IOException {
        PrintViews views = new PrintViews(content);
        List<PdfJob> jobs = new ArrayList<>();
        for (Leaflet leaflet : content.leaflets()) {
            for (LeafletText text : leaflet.texts().values()) {
                String path = UrlScheme.pdf(
                        text.language(), text.slug(), text.frontMatter().version());
                jobs.add(new PdfJob(path, views.single(text), text.file()));
            }
            for (PublishedVersion version : leaflet.versions()) {
                for (LeafletText text : version.copy().texts().values()) {
                    String path = UrlScheme.versionPdf(text.language(), text.slug(), version.number());
                    jobs.add(new PdfJob(path, views.single(text), text.file()));
                }
            }
            if (leaflet.texts().size() > 1) {
                Path source = leaflet.texts().values().iterator().next().file();
                jobs.add(new PdfJob(
                        SiteViews.multilingualPdf(content.settings(), leaflet), views.multilingual(leaflet), source));
            }
        }
        return jobs;
    }

    /** PDFs are the slow part of a build: they render on every core, sharing fonts and font metrics. */
    private List<Diagnostic> writePdfs(List<PdfJob> jobs, SiteOutput output) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        PdfRenderer renderer = pdf.get();
        AtomicInteger done = new AtomicInteger();
        return jobs.parallelStream()
                .flatMap(job -> {
                    Path file = output.folder().resolve(job.path());
                    RenderedPdf rendered = renderer.render(
                            theme.render("leaflet-pdf.ftlh", job.document()),
                            file.getParent().toUri().toString(),
                            buildTime);
                    try {
                        output.write(job.path(), rendered.bytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write " + file, e);
                    }
                    progress.advanced(PDFS, done.incrementAndGet(), jobs.size());
                    return rendered.warnings().stream()
                            .map(warning -> Diagnostic.warning(
                                    SourcePosition.startOf(job.source()),
                                    PDF_RULE,
                                    "while printing " + job.path() + ": " + warning));
                })
                .toList();
    }

    /** Puts each image beside the page that shows it, where the text's relative path finds it. */
    private static void copyImages(Leaflet leaflet, LeafletText text, String page, SiteOutput output)
            throws IOException {
        String pageFolder = page.substring(0, page.lastIndexOf('/') + 1);
        for (Link image : text.links()) {
            if (!image.image()) {
                continue;
            }
            Optional<String> path = image.relativePath();
            Optional<Path> file = path.flatMap(leaflet::file);
            if (file.isPresent()) {
                output.write(pageFolder + path.get(), Files.readAllBytes(file.get()));
            }
        }
    }

    /** What a part of a language's search index is made from: its texts, in the site's order. */
    private record SearchIndexSource(String language, List<LeafletText> texts) {}

    /**
     * Streams each part of the index to a draft, hashing it on the way, then gives it the name its hash makes;
     * unless the output still has the part made from the same texts. Then writes the list of the parts.
     */
    private static void writeSearchIndex(Content content, String language, SiteOutput output, AssetNames assets)
            throws IOException {
        List<List<LeafletText>> parts = SearchIndex.parts(content, language);
        // The parts are independent of each other: a large site's are written on every core.
        List<String> names = IntStream.rangeClosed(1, parts.size())
                .parallel()
                .mapToObj(part -> {
                    String asset = SearchIndex.asset(language, part);
                    writeSearchIndexPart(asset, new SearchIndexSource(language, parts.get(part - 1)), output, assets);
                    return UrlScheme.relative(UrlScheme.languageIndex(language), assets.of(asset));
                })
                .toList();
        writeUnlessKept(output, SearchIndex.partList(language), names, () -> SearchIndex.partListScript(names));
    }

    private static void writeSearchIndexPart(
            String asset, SearchIndexSource source, SiteOutput output, AssetNames assets) {
        Optional<List<Manifest.Entry>> kept = output.keptFrom(asset, source);
        if (kept.isPresent()) {
            assets.addHashed(asset, kept.get().get(0).sha256());
            return;
        }
        try {
            String name = output.writeHashed(
                    asset + ".draft",
                    js -> SearchIndex.write(source.texts(), source.language(), js),
                    sha256 -> assets.addHashed(asset, sha256));
            output.wroteFrom(asset, source, List.of(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + asset, e);
        }
    }
}
