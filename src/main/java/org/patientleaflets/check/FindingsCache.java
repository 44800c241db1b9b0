package org.patientleaflets.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.GlossaryEntry;
import org.patientleaflets.model.Leaflet;

/**
 * The findings each {@link LeafletRule} made about each leaflet in the last check, for a preview that checks
 * all the content again at every save: a leaflet equal to last time's, in a site whose settings, glossary and
 * dictionary are too, is not checked again by those rules. Only what the last check found is kept.
 */
public final class FindingsCache {

    private final boolean keeps;

    private record Site(
            SiteSettings settings, Map<String, List<GlossaryEntry>> glossary, Map<String, List<String>> dictionary) {}

    /**
     * What a check found, for the next: the leaflets checked, by slug, and each rule's findings by the slug
     * of the leaflet they concern, leaflets without findings left out. A rule some of whose findings were about
     * no one leaflet is left out too, and checks every leaflet next time.
     */
    private record Check(
            Site site, Map<String, Leaflet> leaflets, Map<String, Map<String, List<Diagnostic>>> findings) {}

    private static final Check NONE = new Check(null, Map.of(), Map.of());

    private Check last = NONE;

    /** The slugs of the leaflets of this check equal to those of the last, in a site equal to the last's. */
    private Set<String> unchanged = Set.of();
    /** The leaflets of this check that are not. */
    private List<Leaflet> changed = List.of();

    private Map<String, Leaflet> leaflets = Map.of();
    private final Map<String, Map<String, List<Diagnostic>>> found = new ConcurrentHashMap<>();

    private FindingsCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** Checks everything: a single build has nothing to reuse. */
    public static FindingsCache none() {
        return new FindingsCache(false);
    }

    /** Keeps each check's findings for the next. */
    public static FindingsCache kept() {
        return new FindingsCache(true);
    }

    /** Begins a check of {@code content}: finds the leaflets equal to those of the last check. */
    synchronized void start(Content content) {
        found.clear();
        Site site = new Site(content.settings(), content.glossary(), content.dictionary());
        if (!keeps || !site.equals(last.site())) {
            last = NONE;
        }
        leaflets = new HashMap<>();
        Set<String> same = new HashSet<>();
        List<Leaflet> different = new ArrayList<>();
        for (Leaflet leaflet : content.leaflets()) {
            leaflets.put(leaflet.slug(), leaflet);
            if (leaflet.equals(last.leaflets().get(leaflet.slug()))) {
                same.add(leaflet.slug());
            } else {
                different.add(leaflet);
            }
        }
        last = new Check(site, last.leaflets(), last.findings());
        unchanged = same;
        changed = different;
    }

    /** Ends the check: what it found is what the next one knows. */
    synchronized void end() {
        last = keeps ? new Check(last.site(), leaflets, Map.copyOf(found)) : NONE;
        found.clear();
    }

    /**
     * The findings of {@code rule} about every leaflet of {@code content}: those of unchanged leaflets as the
     * last check made them, the others from {@code check}, which runs the rule over the content it is given.
     * Only the leaflets the last check found something about are looked at, not every leaflet once per rule:
     * a preview of thousands of leaflets spent more time on that than on checking the one edited.
     */
    List<Diagnostic> findings(LeafletRule rule, Content content, Function<Content, List<Diagnostic>> check) {
        if (!keeps) {
            return check.apply(content);
        }
        Map<String, List<Diagnostic>> before = last.findings().get(rule.id());
        Map<String, List<Diagnostic>> bySlug = new HashMap<>();
        List<Diagnostic> all = new ArrayList<>();
        if (before != null) {
            before.forEach((slug, findings) -> {
                if (unchanged.contains(slug)) {
                    bySlug.put(slug, findings);
                    all.addAll(findings);
                }
            });
        }
        List<Leaflet> toCheck = before == null ? content.leaflets() : changed;
        if (!toCheck.isEmpty()) {
            List<Diagnostic> fresh = check.apply(new Content(
                    content.settings(),
                    toCheck,
                    content.ledger(),
                    content.sha256(),
                    content.glossary(),
                    content.dictionary()));
            all.addAll(fresh);
            Optional<Map<Leaflet, List<Diagnostic>>> attributed = byLeaflet(toCheck, fresh);
            if (attributed.isEmpty()) {
                return all;
            }
            attributed.get().forEach((leaflet, findings) -> bySlug.put(leaflet.slug(), List.copyOf(findings)));
        }
        found.put(rule.id(), bySlug);
        return all;
    }

    /**
     * The findings by the leaflet whose folder holds the file each points to; empty when one points
     * elsewhere, as a finding about the whole site does, for then none is kept.
     */
    private static Optional<Map<Leaflet, List<Diagnostic>>> byLeaflet(List<Leaflet> leaflets, List<Diagnostic> found) {
        Map<Path, Leaflet> folders = new HashMap<>();
        for (Leaflet leaflet : leaflets) {
            leaflet.texts().values().forEach(text -> folders.put(text.file().getParent(), leaflet));
        }
        Map<Leaflet, List<Diagnostic>> byLeaflet = new IdentityHashMap<>();
        for (Diagnostic diagnostic : found) {
            Leaflet leaflet = null;
            for (Path folder = diagnostic.position().file().getParent();
                    folder != null && leaflet == null;
                    folder = folder.getParent()) {
                leaflet = folders.get(folder);
            }
            if (leaflet == null) {
                return Optional.empty();
            }
            byLeaflet.computeIfAbsent(leaflet, key -> new ArrayList<>()).add(diagnostic);
        }
        return Optional.of(byLeaflet);
    }
}
