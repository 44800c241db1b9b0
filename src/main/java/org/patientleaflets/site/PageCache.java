package org.patientleaflets.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.render.MarkdownHtml;
import org.patientleaflets.render.Theme;

/**
 * What the last build rendered, for a preview that builds the site again at every save: a page whose view
 * equals the view it was rendered from last time is the same page, and so is what it worked out from each
 * leaflet for the lists of every leaflet. Only what the last build used is kept, up to a budget, so the cache
 * never outgrows the site nor a small heap. A text's body is rendered as it is read, and the texts' own cache
 * keeps it with the text.
 */
public final class PageCache {

    /**
     * How many characters of HTML the cache keeps at most: all the pages of a site of hundreds of leaflets,
     * while a site of thousands, whose content alone fills much of a small heap, has only some pages kept.
     */
    private static final long BUDGET = 16_000_000;

    private final boolean keeps;
    private volatile Map<Object, String> pages = new ConcurrentHashMap<>();
    private volatile Map<Object, String> pagesUsed = new ConcurrentHashMap<>();
    private volatile Map<Object, Object> ofLeaflets = new ConcurrentHashMap<>();
    private volatile Map<Object, Object> ofLeafletsUsed = new ConcurrentHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicLong keptCharacters = new AtomicLong();
    private MarkdownHtml markdown;
    private MarkdownKey markdownKey;

    private PageCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** Renders everything anew: a single build has nothing to reuse. */
    public static PageCache none() {
        return new PageCache(false);
    }

    /** Keeps what each build renders for the next, until {@link #forget()}. */
    public static PageCache kept() {
        return new PageCache(true);
    }

    /** How many pages the last build rendered rather than took from the cache. */
    public int renderedLastBuild() {
        return rendered.get();
    }

    /** Forgets every page, as when the templates change. */
    public synchronized void forget() {
        pages = new ConcurrentHashMap<>();
        startBuild();
    }

    private record MarkdownKey(String phoneRegion, boolean allowHtml) {}

    private record PageKey(String template, Object view) {}

    /**
     * A leaflet as a key: the very object, not an equal one. The loader hands a preview the same object again
     * while none of the leaflet's files changed, in a site whose settings did not either; comparing an equal
     * one would cost as much as working the value out.
     */
    private record SameLeaflet(String use, Leaflet leaflet) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SameLeaflet same && same.leaflet == leaflet && same.use.equals(use);
        }

        @Override
        public int hashCode() {
            return 31 * use.hashCode() + System.identityHashCode(leaflet);
        }
    }

    /**
     * The Markdown renderer of a site with these settings: the last one while the settings stay the same, so
     * that the texts a preview keeps, whose HTML it made, are kept with it.
     */
    public synchronized MarkdownHtml markdown(SiteSettings settings) {
        MarkdownKey key = new MarkdownKey(settings.phoneRegion(), settings.allowHtml());
        if (!keeps || !key.equals(markdownKey)) {
            markdown = MarkdownHtml.of(settings);
            markdownKey = key;
        }
        return markdown;
    }

    /** Begins a build: what it does not use, the next one forgets. */
    synchronized void startBuild() {
        rendered.set(0);
        keptCharacters.set(0);
        pagesUsed = new ConcurrentHashMap<>();
        ofLeafletsUsed = new ConcurrentHashMap<>();
    }

    /** Ends a build that succeeded: only what it used is kept. */
    synchronized void endBuild() {
        if (keeps) {
            pages = pagesUsed;
            ofLeaflets = ofLeafletsUsed;
        }
        pagesUsed = new ConcurrentHashMap<>();
        ofLeafletsUsed = new ConcurrentHashMap<>();
    }

    /**
     * What {@code make} works out from {@code leaflet} alone for {@code use}, such as its entries in a
     * language's index: the value the last build worked out for the same leaflet object. The index, feeds and
     * sitemap list every leaflet, and a preview's save would otherwise work out thousands of unchanged entries.
     */
    @SuppressWarnings("unchecked")
    <V> V ofLeaflet(String use, Leaflet leaflet, Supplier<V> make) {
        if (!keeps) {
            return make.get();
        }
        SameLeaflet key = new SameLeaflet(use, leaflet);
        V value = (V) ofLeaflets.get(key);
        if (value == null) {
            value = make.get();
        }
        ofLeafletsUsed.put(key, value);
        return value;
    }

    String page(Theme theme, String template, Object view) {
        return rendered(theme, template, view, true);
    }

    /**
     * A piece of a file rendered from a template, such as a feed entry's summary: kept as pages are, and not
     * counted among them.
     */
    String fragment(Theme theme, String template, Object view) {
        return rendered(theme, template, view, false);
    }

    private String rendered(Theme theme, String template, Object view, boolean isPage) {
        if (!keeps) {
            countRendered(isPage);
            return theme.render(template, view);
        }
        PageKey key = new PageKey(template, view);
        String html = pages.get(key);
        if (html == null) {
            html = theme.render(template, view);
            countRendered(isPage);
        }
        if (withinBudget(html.length())) {
            pagesUsed.put(key, html);
        }
        return html;
    }

    private void countRendered(boolean isPage) {
        if (isPage) {
            rendered.incrementAndGet();
        }
    }

    /** Counts what one more entry keeps, and says whether the cache still has room for it. */
    private boolean withinBudget(int characters) {
        return keptCharacters.addAndGet(characters) <= BUDGET;
    }
}
