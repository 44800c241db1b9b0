package org.patientleaflets.check;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.patientleaflets.content.ContentLoader;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.FrontMatterField;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Ledger;
import org.patientleaflets.model.SourcePosition;

/**
 * A published version never changes: every frozen file matches the SHA-256 the ledger recorded when it was
 * published, the ledger and the {@code versions/} folders list the same files, and the current text differs
 * from its newest published version only under a higher version number.
 */
public final class FrozenVersionsRule implements Rule {

    static final String ID = "frozen-versions";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Published versions are unchanged, recorded in the ledger, and a changed text has a higher version.";
    }

    @Override
    public void check(Content content, Findings findings) {
        Ledger ledger = content.ledger();
        Path contentFolder = contentFolder(ledger);
        String ledgerPath = SourcePosition.startOf(ledger.file()).path();
        for (Map.Entry<String, Ledger.Entry> entry : ledger.entries().entrySet()) {
            String file = shown(contentFolder.resolve(entry.getKey()));
            String hash = content.sha256().get(file);
            if (hash == null) {
                findings.error(
                        entry.getValue().position(),
                        file + " was published but is missing: restore it as it was published (from the"
                                + " version history of the content or a backup)");
            } else if (!hash.equals(entry.getValue().sha256())) {
                findings.error(
                        SourcePosition.startOf(Path.of(file)),
                        "this published version was changed after it was published (its SHA-256 no longer matches "
                                + entry.getValue().position().fileAndLine() + "): restore it as it was published,"
                                + " and make the change in the current text under a new version");
            }
        }
        Set<String> slugs = new HashSet<>();
        for (Leaflet leaflet : content.leaflets()) {
            slugs.add(leaflet.slug());
            leaflet.texts().values().forEach(text -> checkVersion(content, leaflet, text, findings));
        }
        // One pass over the hashed files finds the frozen ones, rather than a search per leaflet.
        String folder = contentFolder.toString().isEmpty() ? "" : shown(contentFolder) + "/";
        String versions = ContentLoader.VERSIONS + "/";
        for (String file : content.sha256().keySet()) {
            String inContent = file.startsWith(folder) ? file.substring(folder.length()) : "";
            int slash = inContent.indexOf('/');
            if (slash > 0
                    && inContent.startsWith(versions, slash + 1)
                    && slugs.contains(inContent.substring(0, slash))
                    && !ledger.entries().containsKey(inContent)) {
                findings.error(
                        SourcePosition.startOf(Path.of(file)),
                        "this file is not in " + ledgerPath + ", so it was not published: remove it, and run"
                                + " 'mvn leaflet:publish' to freeze the current texts");
            }
        }
    }

    private static void checkVersion(Content content, Leaflet leaflet, LeafletText text, Findings findings) {
        List<LeafletText> published = leaflet.published(text.language());
        if (published.isEmpty()) {
            return;
        }
        LeafletText newest = published.get(published.size() - 1);
        int current = text.frontMatter().version();
        int last = newest.frontMatter().version();
        SourcePosition where = text.frontMatter()
                .field(FrontMatter.VERSION)
                .map(FrontMatterField::valuePosition)
                .orElse(text.frontMatter().position());
        if (current < last) {
            findings.error(
                    where,
                    "version " + current + " is lower than version " + last + ", already published ("
                            + newest.path() + "): a version number never goes down; set 'version: " + (last + 1)
                            + "'");
        } else if (current == last && matchesLedger(content, newest) && !sameFile(content, text, newest)) {
            findings.error(
                    where,
                    "this text differs from its published version " + last + " (" + newest.path() + "): set 'version: "
                            + (last + 1) + "' to publish the change, or undo it");
        }
    }

    /** Whether a frozen text is as published; when it is not, that is the finding, not the current text. */
    private static boolean matchesLedger(Content content, LeafletText frozen) {
        Path contentFolder = contentFolder(content.ledger());
        String key = shown(contentFolder.relativize(frozen.file()));
        return Optional.ofNullable(content.ledger().entries().get(key))
                .map(Ledger.Entry::sha256)
                .equals(Optional.ofNullable(content.sha256().get(frozen.path())));
    }

    private static boolean sameFile(Content content, LeafletText text, LeafletText frozen) {
        Optional<String> hash = Optional.ofNullable(content.sha256().get(text.path()));
        return hash.isPresent()
                && hash.equals(Optional.ofNullable(content.sha256().get(frozen.path())));
    }

    /** The ledger lies in the content folder, whose path is empty when it is the project folder. */
    private static Path contentFolder(Ledger ledger) {
        return Optional.ofNullable(ledger.file().getParent()).orElse(Path.of(""));
    }

    private static String shown(Path path) {
        return SourcePosition.startOf(path).path();
    }
}
