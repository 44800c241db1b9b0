package org.patientleaflets.site;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.patientleaflets.check.NewRisks;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.render.FeedSummary;

/**
 * {@code <lang>/feed.xml}: an Atom feed of every published version in one language, newest first, so that a
 * care team can follow what changed. Entry ids are the versions' own addresses, which never change.
 */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The category of an entry whose version adds a risk, which a care team can filter the feed by. */
    static final String NEW_RISK = "new-risk";

    private final Content content;
    private final Function<FeedSummary, String> summaries;
    private final PageCache cache;

    /**
     * @param summaries renders an entry's summary with the theme's template
     * @param cache keeps each unchanged leaflet's entries from the last build
     */
    AtomFeed(Content content, Function<FeedSummary, String> summaries, PageCache cache) {
        this.content = content;
        this.summaries = summaries;
        this.cache = cache;
    }

    static String path(String language) {
        return language + "/feed.xml";
    }

    /**
     * What the feed says of one version: equal entries make the same feed, so a preview whose edit changed
     * no entry keeps the feed it wrote.
     *
     * @param page the version's page, relative to the site root
     * @param changes what the version changed, or the leaflet's summary
     * @param newRisks the risks it adds to the version before it, as the reader sees them
     */
    record Entry(
            String slug,
            int version,
            String title,
            String page,
            LocalDate date,
            String changes,
            List<String> newRisks) {

        Entry(LeafletText text, String page, List<NewRisks.NewRisk> newRisks) {
            this(
                    text.slug(),
                    text.frontMatter().version(),
                    text.frontMatter().title(),
                    page,
                    text.frontMatter().date(FrontMatter.DATE).orElse(LocalDate.EPOCH),
                    text.frontMatter()
                            .text(FrontMatter.CHANGES)
                            .orElse(text.frontMatter().text(FrontMatter.SUMMARY).orElse("")),
                    newRisks.stream().map(NewRisks.NewRisk::text).toList());
        }
    }

    /** The feed of {@code entries}, as {@link #entries} gives them. */
    String xml(String language, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", language);
            element(xml, "title", content.settings().name(language));
            element(xml, "id", UrlScheme.absolute(content.settings().baseUrl(), path(language)));
            link(xml, "self", UrlScheme.absolute(content.settings().baseUrl(), path(language)));
            link(xml, "alternate", UrlScheme.absolute(content.settings().baseUrl(), UrlScheme.languageIndex(language)));
            element(
                    xml,
                    "updated",
                    timestamp(
                            entries.isEmpty() ? LocalDate.EPOCH : entries.get(0).date()));
            xml.writeStartElement("author");
            element(xml, "name", content.settings().name(language));
            xml.writeEndElement();
            for (Entry entry : entries) {
                String address = UrlScheme.absolute(content.settings().baseUrl(), entry.page());
                xml.writeStartElement("entry");
                element(xml, "title", entry.title() + " – " + entry.version());
                element(xml, "id", address);
                link(xml, "alternate", address);
                element(xml, "updated", timestamp(entry.date()));
                if (!entry.newRisks().isEmpty()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", NEW_RISK);
                }
                element(
                        xml,
                        "summary",
                        summaries
                                .apply(new FeedSummary(language, entry.changes(), entry.newRisks()))
                                .strip());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed of " + language, e);
        }
        return out.toString();
    }

    /** The current text and every frozen version, one entry per version number, newest first. */
    List<Entry> entries(String language) {
        List<Entry> entries = new ArrayList<>();
        String use = "feed entries in " + language;
        for (Leaflet leaflet : content.leaflets()) {
            entries.addAll(cache.ofLeaflet(use, leaflet, () -> entries(leaflet, language)));
        }
        return newestFirst(entries);
    }

    /** A leaflet's entries in {@code language}, by version. */
    private List<Entry> entries(Leaflet leaflet, String language) {
        Map<Integer, List<NewRisks.NewRisk>> newRisks = NewRisks.of(content, leaflet, language);
        TreeMap<Integer, Entry> byVersion = new TreeMap<>();
        for (LeafletText text : leaflet.published(language)) {
            int version = text.frontMatter().version();
            byVersion.put(
                    version,
                    new Entry(
                            text,
                            UrlScheme.version(language, text.slug(), version),
                            newRisks.getOrDefault(version, List.of())));
        }
        leaflet.text(language).ifPresent(text -> {
            int version = text.frontMatter().version();
            byVersion.put(
                    version,
                    new Entry(
                            text, UrlScheme.leaflet(language, text.slug()), newRisks.getOrDefault(version, List.of())));
        });
        return List.copyOf(byVersion.values());
    }

    /** Later dates first; on the same day, leaflets and versions in reverse order. */
    private static final Comparator<Entry> SAME_DAY_NEWEST_FIRST =
            Comparator.comparing(Entry::slug).thenComparingInt(Entry::version).reversed();

    /**
     * The entries ordered newest first. They come leaflet by leaflet and version by version, so each day's
     * entries are already in order, backwards: grouped by day, a preview orders thousands of entries at every
     * save without comparing each with many others.
     */
    private static List<Entry> newestFirst(List<Entry> entries) {
        Map<LocalDate, List<Entry>> byDay = new HashMap<>();
        for (Entry entry : entries) {
            byDay.computeIfAbsent(entry.date(), day -> new ArrayList<>()).add(entry);
        }
        List<LocalDate> days = new ArrayList<>(byDay.keySet());
        days.sort(Comparator.reverseOrder());
        List<Entry> newestFirst = new ArrayList<>(entries.size());
        for (LocalDate day : days) {
            List<Entry> sameDay = byDay.get(day);
            sameDay.sort(SAME_DAY_NEWEST_FIRST);
            newestFirst.addAll(sameDay);
        }
        return newestFirst;
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
