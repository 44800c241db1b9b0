package org.patientleaflets.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.GlossaryEntry;
import org.patientleaflets.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads {@code content/glossary.<lang>.yaml}: each word a patient may not know, with its definition. */
final class GlossaryReader {

    static final String RULE = "glossary";

    private final TextFileReader files;
    private final Path projectDirectory;

    GlossaryReader(TextFileReader files, Path projectDirectory) {
        this.files = files;
        this.projectDirectory = projectDirectory;
    }

    /** The glossary of every language that has a file, terms in alphabetical order. */
    Map<String, List<GlossaryEntry>> read(Path contentDirectory, List<String> languages, List<Diagnostic> diagnostics) {
        Map<String, List<GlossaryEntry>> glossary = new TreeMap<>();
        for (String language : languages) {
            Path file = contentDirectory.resolve("glossary." + language + ".yaml");
            if (Files.isRegularFile(file)) {
                glossary.put(language, read(file, diagnostics));
            }
        }
        return glossary;
    }

    private List<GlossaryEntry> read(Path file, List<Diagnostic> diagnostics) {
        Path shown = projectDirectory.relativize(file);
        YamlTree yaml = new YamlTree(shown, 1);
        int before = diagnostics.size();
        Optional<MappingNode> root = files.read(file, diagnostics)
                .flatMap(text -> yaml.parse(text, diagnostics))
                .flatMap(YamlTree::mapping);
        List<GlossaryEntry> entries = new ArrayList<>();
        if (root.isEmpty()) {
            if (diagnostics.size() == before) {
                diagnostics.add(Diagnostic.error(
                        SourcePosition.startOf(shown),
                        RULE,
                        "a glossary maps each word to its meaning, one per line: 'ETO: an ultrasound of the heart"
                                + " taken from the gullet'"));
            }
            return entries;
        }
        for (Map.Entry<String, NodeTuple> entry :
                yaml.entries(root.get(), diagnostics).entrySet()) {
            Optional<String> definition =
                    YamlTree.scalar(entry.getValue().getValueNode()).map(String::strip);
            SourcePosition position = yaml.position(entry.getValue().getKeyNode());
            if (definition.isEmpty() || definition.get().isEmpty()) {
                diagnostics.add(Diagnostic.error(
                        position,
                        RULE,
                        "'" + entry.getKey() + "' has no definition: write what it means in plain words after the"
                                + " colon"));
            } else {
                entries.add(new GlossaryEntry(entry.getKey().strip(), definition.get(), position));
            }
        }
        entries.sort(Comparator.comparing(entry -> entry.term().toLowerCase(java.util.Locale.ROOT)));
        return entries;
    }
}
