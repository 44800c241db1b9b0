package org.patientleaflets.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** A leaflet as last checked, with each leaflet rule's findings about it, by rule id. */
    private record Checked(Leaflet leaflet, Map<String, List<Diagnostic>> findings) {}

    private Site lastSite;
    private Map<String, Checked> last = Map.of();
    private final Map<String, Checked> now = new ConcurrentHashMap<>();

    /** The leaflets of this check equal to those of the last, as the last check left them, by slug. */
    private Map<String, Checked> unchanged = Map.of();

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
        now.clear();
        Site site = new Site(content.settings(), content.glossary(), content.dictionary());
        if (!keeps || !site.equals(lastSite)) {
            last = Map.of();
        }
        lastSite = site;
        Map<String, Checked> same = new HashMap<>();
        for (Leaflet leaflet : content.leaflets()) {
            Checked before = last.get(leaflet.slug());
            if (before != null && before.leaflet().equals(leaflet)) {
                same.put(leaflet.slug(), before);
            }
        }
        unchanged = same;
    }

    /** Ends the check: what it found is what the next one knows. */
    synchronized void end() {
        last = keeps ? Map.copyOf(now) : Map.of();
        now.clear();
    }

    /**
     * The findings of {@code rule} about every leaflet of {@code content}: those of unchanged leaflets as the
     * last check made them, the others from {@code check}, which runs the rule over the content it is given.
     */
    List<Diagnostic> findings(LeafletRule rule, Content content, Function<Content, List<Diagnostic>> check) {
        if (!keeps) {
            return check.apply(content);
        }
        List<Diagnostic> found = new ArrayList<>();
        List<Leaflet> changed = new ArrayList<>();
        for (Leaflet leaflet : content.leaflets()) {
            Checked before = unchanged.get(leaflet.slug());
            List<Diagnostic> kept = before == null ? null : before.findings().get(rule.id());
            if (kept == null) {
                changed.add(leaflet);
            } else {
                found.addAll(kept);
                remember(leaflet, rule, kept);
            }
        }
        if (!changed.isEmpty()) {
            List<Diagnostic> fresh = check.apply(new Content(
                    content.settings(),
                    changed,
                    content.ledger(),
                    content.sha256(),
                    content.glossary(),
                    content.dictionary()));
            found.addAll(fresh);
            byLeaflet(changed, fresh)
                    .ifPresent(findings -> changed.forEach(
                            leaflet -> remember(leaflet, rule, findings.getOrDefault(leaflet, List.of()))));
        }
        return found;
    }

    private void remember(Leaflet leaflet, Rule rule, List<Diagnostic> findings) {
        now.computeIfAbsent(leaflet.slug(), slug -> new Checked(leaflet, new ConcurrentHashMap<>()))
                .findings()
                .put(rule.id(), List.copyOf(findings));
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
