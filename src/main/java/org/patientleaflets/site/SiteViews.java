package org.patientleaflets.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.patientleaflets.check.NewRisks;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.render.DocumentControl;
import org.patientleaflets.render.FrenchTypography;
import org.patientleaflets.render.HistoryEntry;
import org.patientleaflets.render.HistoryPage;
import org.patientleaflets.render.IndexPage;
import org.patientleaflets.render.LanguageLink;
import org.patientleaflets.render.LeafletBody;
import org.patientleaflets.render.LeafletEntry;
import org.patientleaflets.render.LeafletPage;
import org.patientleaflets.render.PageFrame;
import org.patientleaflets.render.RootPage;
import org.patientleaflets.render.SpecialtyGroup;

/** Builds the view of each page from checked content; templates see these views and nothing else. */
final class SiteViews {

    static final String STYLESHEET = "assets/site.css";
    static final String SEARCH_SCRIPT = "assets/search.js";
    // Declared on every page, or browsers ask for /favicon.ico at the server's root, outside the site.
    static final String ICON = "assets/icon.svg";

    private final Content content;
    private final AssetNames assets;
    private final PageCache cache;

    /** @param cache keeps each unchanged leaflet's index entries from the last build */
    SiteViews(Content content, AssetNames assets, PageCache cache) {
        this.content = content;
        this.assets = assets;
        this.cache = cache;
    }

    /** A page at the site's root that offers every language: the entry page or the not-found page. */
    RootPage root(String page) {
        List<RootPage.RootLanguage> languages = content.settings().languages().stream()
                .map(language -> new RootPage.RootLanguage(
                        link(page, language, false, other -> Target.same(UrlScheme.languageIndex(other))),
                        typography(content.settings().name(language), language)))
                .toList();
        return new RootPage(
                UrlScheme.relative(page, assets.of(STYLESHEET)),
                UrlScheme.relative(page, assets.of(ICON)),
                content.settings().sourceLanguage(),
                languages);
    }

    IndexPage index(String language) {
        String page = UrlScheme.languageIndex(language);
        Map<String, List<LeafletEntry>> bySpecialty = new TreeMap<>();
        String use = "index entry in " + language;
        for (Leaflet leaflet : content.leaflets()) {
            leaflet.text(language).ifPresent(text -> bySpecialty
                    .computeIfAbsent(
                            text.frontMatter().text(FrontMatter.SPECIALTY).orElse(""), k -> new ArrayList<>())
                    .add(cache.ofLeaflet(use, leaflet, () -> entry(page, text))));
        }
        List<SpecialtyGroup> groups = bySpecialty.entrySet().stream()
                .map(group -> new SpecialtyGroup(typography(group.getKey(), language), byTitle(group.getValue())))
                .toList();
        String siteName = content.settings().name(language);
        // The page names the list of the index's parts rather than the parts, which an edited text renames.
        List<String> searchIndex = List.of(UrlScheme.relative(page, SearchIndex.partList(language)));
        List<String> scripts = List.of(UrlScheme.relative(page, assets.of(SEARCH_SCRIPT)));
        return new IndexPage(
                frame(page, language, siteName, other -> Target.same(UrlScheme.languageIndex(other)), scripts),
                groups,
                searchIndex);
    }

    /**
     * The entries in the order of their titles, those of the same title in the site's order. The distinct
     * titles are sorted as strings rather than the entries through a key: a preview orders thousands of
     * entries at every save.
     */
    private static List<LeafletEntry> byTitle(List<LeafletEntry> entries) {
        Map<String, List<LeafletEntry>> byTitle = new HashMap<>();
        for (LeafletEntry entry : entries) {
            byTitle.computeIfAbsent(entry.title(), title -> new ArrayList<>(1)).add(entry);
        }
        String[] titles = byTitle.keySet().toArray(new String[0]);
        Arrays.sort(titles);
        List<LeafletEntry> sorted = new ArrayList<>(entries.size());
        for (String title : titles) {
            sorted.addAll(byTitle.get(title));
        }
        return sorted;
    }

    /** The page of a leaflet's current text. */
    LeafletPage leaflet(Leaflet leaflet, LeafletText text) {
        String language = text.language();
        String page = UrlScheme.leaflet(language, text.slug());
        String multilingual = leaflet.texts().size() > 1
                ? UrlScheme.relative(page, multilingualPdf(content.settings(), leaflet))
                : "";
        return leafletPage(
                page,
                text,
                other -> Target.same(UrlScheme.leaflet(other, text.slug())),
                UrlScheme.pdf(language, text.slug(), text.frontMatter().version()),
                multilingual,
                "",
                staleSource(leaflet, text)
                        .map(source -> UrlScheme.relative(page, source))
                        .orElse(""));
    }

    /** The page of the source text, when {@code text} translates an earlier version of it. */
    private Optional<String> staleSource(Leaflet leaflet, LeafletText text) {
        String source = content.settings().sourceLanguage();
        return text.frontMatter()
                .integer(FrontMatter.TRANSLATION_OF)
                .filter(translated -> leaflet.text(source)
                        .map(original -> original.frontMatter().version() > translated)
                        .orElse(false))
                .map(translated -> UrlScheme.leaflet(source, text.slug()));
    }

    /**
     * The page of a published version; one older than the current text links to the current page.
     *
     * @param current the leaflet whose published version {@code text} is
     */
    LeafletPage version(Leaflet current, LeafletText text) {
        String language = text.language();
        int version = text.frontMatter().version();
        String page = UrlScheme.version(language, text.slug(), version);
        boolean superseded = current.text(language)
                .map(now -> now.frontMatter().version() > version)
                .orElse(false);
        return leafletPage(
                page,
                text,
                other -> current.published(other, version).isPresent()
                        ? Target.same(UrlScheme.version(other, text.slug(), version))
                        : Target.nearest(UrlScheme.leaflet(other, text.slug())),
                UrlScheme.versionPdf(language, text.slug(), version),
                "",
                superseded ? UrlScheme.relative(page, UrlScheme.leaflet(language, text.slug())) : "",
                "");
    }

    private LeafletPage leafletPage(
            String page,
            LeafletText text,
            Function<String, Target> sameIn,
            String pdf,
            String multilingualPdfHref,
            String currentHref,
            String sourceHref) {
        FrontMatter frontMatter = text.frontMatter();
        String language = text.language();
        return new LeafletPage(
                frame(page, language, frontMatter.title(), sameIn, List.of()),
                typography(frontMatter.text(FrontMatter.SUMMARY).orElse(""), language),
                typography(frontMatter.text(FrontMatter.SPECIALTY).orElse(""), language),
                documentControl(frontMatter, language),
                LeafletBody.of(text.body().orElseThrow(() -> notRendered(text))),
                UrlScheme.relative(page, pdf),
                multilingualPdfHref,
                UrlScheme.relative(page, UrlScheme.history(language, text.slug())),
                currentHref,
                sourceHref,
                GlossaryTerms.used(content, text));
    }

    /** Every version of a leaflet's text in one language, the current one first. */
    HistoryPage history(Leaflet leaflet, LeafletText current) {
        String language = current.language();
        String slug = current.slug();
        String page = UrlScheme.history(language, slug);
        int now = current.frontMatter().version();
        Map<Integer, List<NewRisks.NewRisk>> newRisks = NewRisks.of(content, leaflet, language);
        List<HistoryEntry> versions = new ArrayList<>();
        versions.add(historyEntry(
                current,
                UrlScheme.leaflet(language, slug),
                UrlScheme.pdf(language, slug, now),
                page,
                true,
                newRisks.getOrDefault(now, List.of())));
        List<LeafletText> older = new ArrayList<>(leaflet.published(language));
        Collections.reverse(older);
        for (LeafletText text : older) {
            int version = text.frontMatter().version();
            if (version != now) {
                versions.add(historyEntry(
                        text,
                        UrlScheme.version(language, slug, version),
                        UrlScheme.versionPdf(language, slug, version),
                        page,
                        false,
                        newRisks.getOrDefault(version, List.of())));
            }
        }
        PageFrame frame = frame(
                page,
                language,
                current.frontMatter().title(),
                other -> leaflet.text(other).isPresent()
                        ? Target.same(UrlScheme.history(other, slug))
                        : Target.nearest(UrlScheme.languageIndex(other)),
                List.of());
        return new HistoryPage(frame, UrlScheme.relative(page, UrlScheme.leaflet(language, slug)), versions);
    }

    private static HistoryEntry historyEntry(
            LeafletText text,
            String target,
            String pdf,
            String page,
            boolean current,
            List<NewRisks.NewRisk> newRisks) {
        FrontMatter frontMatter = text.frontMatter();
        String language = text.language();
        return new HistoryEntry(
                frontMatter.version(),
                readerDate(frontMatter, FrontMatter.DATE, language),
                typography(frontMatter.text(FrontMatter.CHANGES).orElse(""), language),
                UrlScheme.relative(page, target),
                UrlScheme.relative(page, pdf),
                current,
                newRisks.stream().map(risk -> typography(risk.text(), language)).toList());
    }

    /** The document-control block of a text, as its page and its PDF show it. */
    static DocumentControl documentControl(FrontMatter frontMatter, String language) {
        return new DocumentControl(
                frontMatter.version(),
                readerDate(frontMatter, FrontMatter.DATE, language),
                readerDate(frontMatter, FrontMatter.REVIEW_BY, language),
                typography(frontMatter.text(FrontMatter.OWNER).orElse(""), language),
                typography(frontMatter.text(FrontMatter.APPROVED_BY).orElse(""), language),
                readerDate(frontMatter, FrontMatter.APPROVED_ON, language),
                frontMatter.sources().stream()
                        .map(source -> new DocumentControl.SourceEntry(
                                typography(source.title(), language),
                                typography(source.by(), language),
                                source.date(),
                                source.url()))
                        .toList());
    }

    private static String readerDate(FrontMatter frontMatter, String field, String language) {
        return frontMatter.date(field).map(d -> ReaderDates.format(d, language)).orElse("");
    }

    private LeafletEntry entry(String page, LeafletText text) {
        FrontMatter frontMatter = text.frontMatter();
        return new LeafletEntry(
                typography(frontMatter.title(), text.language()),
                typography(frontMatter.text(FrontMatter.SUMMARY).orElse(""), text.language()),
                UrlScheme.relative(page, UrlScheme.leaflet(text.language(), text.slug())),
                frontMatter.version(),
                readerDate(frontMatter, FrontMatter.DATE, text.language()));
    }

    private PageFrame frame(
            String page, String language, String title, Function<String, Target> sameIn, List<String> scripts) {
        List<LanguageLink> alternates = content.settings().languages().stream()
                .map(other -> link(page, other, other.equals(language), sameIn))
                .toList();
        return new PageFrame(
                language,
                typography(title, language),
                typography(content.settings().name(language), language),
                UrlScheme.relative(page, assets.of(STYLESHEET)),
                UrlScheme.relative(page, assets.of(ICON)),
                UrlScheme.relative(page, UrlScheme.languageIndex(language)),
                alternates,
                scripts);
    }

    /**
     * Where a page leads a reader of another language: the same page in it, or the nearest one when it has
     * none (the current text for a version that language never had). Only the same page is an alternate.
     */
    private record Target(String page, boolean same) {

        static Target same(String page) {
            return new Target(page, true);
        }

        static Target nearest(String page) {
            return new Target(page, false);
        }
    }

    private static LanguageLink link(String page, String language, boolean current, Function<String, Target> target) {
        Target found = target.apply(language);
        return new LanguageLink(
                language,
                ReaderDates.languageName(language),
                UrlScheme.relative(page, found.page()),
                current,
                found.same());
    }

    /** The printable leaflet holding every language of a leaflet, named by the source text's version. */
    static String multilingualPdf(SiteSettings settings, Leaflet leaflet) {
        int version = leaflet.text(settings.sourceLanguage())
                .map(text -> text.frontMatter().version())
                .orElse(0);
        return UrlScheme.multilingualPdf(settings.languages(), leaflet.slug(), version);
    }

    /** A text read for its checks alone has no HTML: building pages from it is a fault of the engine. */
    static IllegalStateException notRendered(LeafletText text) {
        return new IllegalStateException(text.path() + " was read for its checks alone, without its HTML");
    }

    static String typography(String text, String language) {
        return "fr".equals(language) ? FrenchTypography.apply(text) : text;
    }
}
