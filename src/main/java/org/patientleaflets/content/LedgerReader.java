package org.patientleaflets.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.Ledger;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads {@code content/published.yaml}: one line per frozen file, its path inside the content folder and
 * its SHA-256. A content folder that never published has no ledger, which reads as an empty one.
 */
final class LedgerReader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final TextFileReader files;
    private final Path projectDirectory;

    LedgerReader(TextFileReader files, Path projectDirectory) {
        this.files = files;
        this.projectDirectory = projectDirectory;
    }

    Ledger read(Path contentDirectory, List<Diagnostic> diagnostics) {
        Path file = contentDirectory.resolve(Ledger.FILE_NAME);
        Path shown = projectDirectory.relativize(file);
        SortedMap<String, Ledger.Entry> entries = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            YamlTree yaml = new YamlTree(shown, 1);
            files.read(file, diagnostics)
                    .flatMap(text -> yaml.parse(text, diagnostics))
                    .flatMap(YamlTree::mapping)
                    .ifPresent(root -> {
                        for (Map.Entry<String, NodeTuple> entry :
                                yaml.entries(root, diagnostics).entrySet()) {
                            String hash = YamlTree.scalar(entry.getValue().getValueNode())
                                    .orElse("");
                            if (SHA256.matcher(hash).matches()) {
                                entries.put(
                                        entry.getKey(),
                                        new Ledger.Entry(
                                                hash,
                                                yaml.position(entry.getValue().getKeyNode())));
                            } else {
                                diagnostics.add(Diagnostic.error(
                                        yaml.position(entry.getValue().getValueNode()),
                                        YamlTree.SYNTAX_RULE,
                                        "'" + entry.getKey() + "' needs the SHA-256 of the file, 64 hex digits:"
                                                + " restore the ledger as leaflet:publish wrote it"));
                            }
                        }
                    });
        }
        return new Ledger(shown, entries);
    }
}
