package org.patientleaflets.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.FrontMatterField;
import org.patientleaflets.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/** Splits a text into its YAML front matter between {@code ---} lines and the Markdown body after it. */
final class FrontMatterReader {

    static final String RULE = "front-matter";
    private static final String FENCE = "---";

    /**
     * A text split in two.
     *
     * @param frontMatter the fields read, possibly none
     * @param body the Markdown after the closing fence
     * @param bodyLine the file line on which the body starts
     */
    record Split(FrontMatter frontMatter, String body, int bodyLine) {}

    Optional<Split> read(Path file, String text, List<Diagnostic> diagnostics) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            diagnostics.add(Diagnostic.error(
                    SourcePosition.startOf(file),
                    RULE,
                    "the text must start with front matter: a line '---', the fields (title, version, date, ...),"
                            + " and a closing line '---'"));
            return Optional.empty();
        }
        int closing = 1;
        while (closing < lines.size() && !lines.get(closing).strip().equals(FENCE)) {
            closing++;
        }
        if (closing == lines.size()) {
            diagnostics.add(Diagnostic.error(
                    SourcePosition.startOf(file),
                    RULE,
                    "the front matter opened on line 1 is never closed: add a line '---' after its last field"));
            return Optional.empty();
        }
        YamlTree yaml = new YamlTree(file, 2);
        String yamlText = String.join("\n", lines.subList(1, closing));
        int before = diagnostics.size();
        Map<String, FrontMatterField> fields = new LinkedHashMap<>();
        Optional<MappingNode> root = yaml.parse(yamlText, diagnostics).flatMap(YamlTree::mapping);
        if (root.isEmpty() && diagnostics.size() == before) {
            diagnostics.add(Diagnostic.error(
                    SourcePosition.startOf(file), RULE, "the front matter must be fields such as 'title: ...'"));
        }
        root.ifPresent(mapping -> yaml.entries(mapping, diagnostics)
                .forEach((key, tuple) -> fields.put(
                        key,
                        new FrontMatterField(
                                key,
                                YamlTree.scalar(tuple.getValueNode()).orElse(null),
                                yaml.position(tuple.getKeyNode()),
                                yaml.position(tuple.getValueNode())))));
        String body = String.join("\n", lines.subList(closing + 1, lines.size()));
        return Optional.of(new Split(new FrontMatter(fields, SourcePosition.startOf(file)), body, closing + 2));
    }
}
