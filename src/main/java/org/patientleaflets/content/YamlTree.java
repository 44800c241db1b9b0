package org.patientleaflets.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** YAML read as a tree of nodes that keep their place in the file, so every finding can point at it. */
final class YamlTree {

    static final String SYNTAX_RULE = "yaml-syntax";

    private final Path file;
    private final int firstLine;

    /**
     * @param file the file shown in diagnostics
     * @param firstLine the file line on which the YAML text starts
     */
    YamlTree(Path file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    /** The root node, or empty when the YAML is empty or broken (a diagnostic then says where). */
    Optional<Node> parse(String yaml, List<Diagnostic> diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setMaxAliasesForCollections(10)
                .build();
        try {
            return new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            SourcePosition where = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(this::position)
                    .orElse(new SourcePosition(file, firstLine, 1));
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            diagnostics.add(Diagnostic.error(
                    where,
                    SYNTAX_RULE,
                    "broken YAML, " + context + e.getProblem().strip()));
        } catch (YamlEngineException e) {
            diagnostics.add(Diagnostic.error(
                    new SourcePosition(file, firstLine, 1), SYNTAX_RULE, "broken YAML: " + e.getMessage()));
        }
        return Optional.empty();
    }

    SourcePosition position(Node node) {
        return node.getStartMark().map(this::position).orElse(new SourcePosition(file, firstLine, 1));
    }

    private SourcePosition position(Mark mark) {
        return new SourcePosition(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /**
     * The entries of a mapping by key, in the order written; a repeated key is an error, since the
     * reader could not tell which value was meant.
     */
    Map<String, NodeTuple> entries(MappingNode mapping, List<Diagnostic> diagnostics) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode()).orElse(null);
            if (key == null) {
                diagnostics.add(Diagnostic.error(
                        position(tuple.getKeyNode()), SYNTAX_RULE, "a key must be plain text, not a list or mapping"));
            } else if (entries.putIfAbsent(key, tuple) != null) {
                diagnostics.add(Diagnostic.error(
                        position(tuple.getKeyNode()),
                        SYNTAX_RULE,
                        "key '" + key + "' is given twice: keep one of them"));
            }
        }
        return entries;
    }

    static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    static Optional<List<Node>> sequence(Node node) {
        return node instanceof SequenceNode sequence ? Optional.of(sequence.getValue()) : Optional.empty();
    }

    static Optional<MappingNode> mapping(Node node) {
        return node instanceof MappingNode mapping ? Optional.of(mapping) : Optional.empty();
    }
}
