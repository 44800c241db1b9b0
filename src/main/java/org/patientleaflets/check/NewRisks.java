package org.patientleaflets.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.ListItem;
import org.patientleaflets.model.SourcePosition;
import org.patientleaflets.model.TextRun;

/**
 * The risks each version of a text adds to the version before it, so that a care team can tell the
 * patients who were given the earlier version. Risks are compared by name: an item's words up to its first
 * bracket, comma, colon or semicolon, once every statement of how often is taken out, whatever the case,
 * accents and spacing. A risk that only gains a frequency or a new explanation is not new.
 */
public final class NewRisks {

    private static final Pattern NAME_END = Pattern.compile("[(),:;–—]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING = Pattern.compile("[\\s;,.]+$");

    private NewRisks() {}

    /**
     * A risk item that was not in the version before.
     *
     * @param text the item as the reader sees it
     * @param position where the item is
     */
    public record NewRisk(String text, SourcePosition position) {}

    /**
     * The new risks of every version of a leaflet's text in one language, by version number: each published
     * version compared with the one before it, and the current text with the newest published version.
     * The first version has none, since nothing came before it.
     */
    public static SortedMap<Integer, List<NewRisk>> of(Content content, Leaflet leaflet, String language) {
        SortedMap<Integer, LeafletText> versions = new TreeMap<>();
        leaflet.published(language)
                .forEach(text -> versions.put(text.frontMatter().version(), text));
        leaflet.text(language).ifPresent(text -> versions.put(text.frontMatter().version(), text));
        SortedMap<Integer, List<NewRisk>> added = new TreeMap<>();
        if (versions.size() < 2) {
            // Most leaflets have one version, which adds nothing: naming its risks would be wasted on every build.
            versions.keySet().forEach(version -> added.put(version, List.of()));
            return Collections.unmodifiableSortedMap(added);
        }
        Set<String> before = null;
        for (var version : versions.entrySet()) {
            List<ListItem> items = RiskStatements.items(content, version.getValue());
            List<NewRisk> found = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (ListItem item : items) {
                String name = name(text(item), language);
                names.add(name);
                if (before != null && !name.isEmpty() && !before.contains(name)) {
                    found.add(new NewRisk(TRAILING.matcher(text(item)).replaceAll(""), item.position()));
                }
            }
            added.put(version.getKey(), Collections.unmodifiableList(found));
            before = names;
        }
        return Collections.unmodifiableSortedMap(added);
    }

    /** The item's visible text, a space where it runs on to another line. */
    private static String text(ListItem item) {
        StringBuilder text = new StringBuilder();
        int line = -1;
        for (TextRun run : item.runs()) {
            if (line >= 0 && run.start().line() != line) {
                text.append(' ');
            }
            text.append(run.text());
            line = run.start().line();
        }
        return text.toString().strip();
    }

    private static String name(String text, String language) {
        String plain = Normalizer.normalize(
                RiskStatements.withoutFrequency(text, language).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        plain = MARKS.matcher(plain).replaceAll("");
        for (String part : NAME_END.split(plain)) {
            String words = NOT_WORD.matcher(part).replaceAll(" ").strip();
            if (!words.isEmpty()) {
                return words;
            }
        }
        return "";
    }
}
