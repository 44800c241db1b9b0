package org.patientleaflets.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.FrontMatterField;
import org.patientleaflets.model.Source;
import org.patientleaflets.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Splits a text into its YAML front matter between {@code ---} lines and the Markdown body after it. */
final class FrontMatterReader {

    static final String RULE = "front-matter";
    private static final String FENCE = "---";
    private static final List<String> SOURCE_KEYS = List.of("title", "by", "date", "url");
    private static final Pattern SOURCE_DATE =
            Pattern.compile("\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?");

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
        List<Source> sources = new ArrayList<>();
        root.ifPresent(mapping -> yaml.entries(mapping, diagnostics).forEach((key, tuple) -> {
            fields.put(
                    key,
                    new FrontMatterField(
                            key,
                            YamlTree.scalar(tuple.getValueNode()).orElse(null),
                            yaml.position(tuple.getKeyNode()),
                            yaml.position(tuple.getValueNode())));
            if (key.equals(FrontMatter.SOURCES)) {
                sources.addAll(sources(yaml, tuple.getValueNode(), diagnostics));
            }
        }));
        String body = String.join("\n", lines.subList(closing + 1, lines.size()));
        return Optional.of(
                new Split(new FrontMatter(fields, sources, SourcePosition.startOf(file)), body, closing + 2));
    }

    /** The well-formed references of a {@code sources} list; each malformed one gets an error at its line. */
    private static List<Source> sources(YamlTree yaml, Node value, List<Diagnostic> diagnostics) {
        Optional<List<Node>> items = YamlTree.sequence(value);
        if (items.isEmpty()) {
            diagnostics.add(Diagnostic.error(
                    yaml.position(value),
                    RULE,
                    "'sources' must be a list of references, each with a title and a date:"
                            + " '- {title: ..., by: ..., date: 2017}'"));
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        for (Node item : items.get()) {
            source(yaml, item, diagnostics).ifPresent(sources::add);
        }
        return sources;
    }

    private static Optional<Source> source(YamlTree yaml, Node item, List<Diagnostic> diagnostics) {
        SourcePosition position = yaml.position(item);
        Optional<MappingNode> mapping = YamlTree.mapping(item);
        if (mapping.isEmpty()) {
            diagnostics.add(Diagnostic.error(
                    position,
                    RULE,
                    "a source must name its title and date: '- {title: ..., by: ..., date: 2017}', not '"
                            + YamlTree.scalar(item).orElse("a list") + "'"));
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        int before = diagnostics.size();
        yaml.entries(mapping.get(), diagnostics).forEach((key, tuple) -> {
            Optional<String> text = YamlTree.scalar(tuple.getValueNode()).map(String::strip);
            if (!SOURCE_KEYS.contains(key)) {
                diagnostics.add(Diagnostic.error(
                        yaml.position(tuple.getKeyNode()),
                        RULE,
                        "unknown key '" + key + "' in a source; a source has " + String.join(", ", SOURCE_KEYS)));
            } else if (text.isEmpty() || text.get().isEmpty()) {
                diagnostics.add(Diagnostic.error(
                        yaml.position(tuple.getValueNode()), RULE, "the '" + key + "' of a source must be text"));
            } else {
                values.put(key, text.get());
            }
        });
        String date = values.getOrDefault("date", "");
        String url = values.getOrDefault("url", "");
        if (!values.containsKey("title")) {
            diagnostics.add(Diagnostic.error(position, RULE, "a source needs a 'title': add 'title: ...'"));
        }
        if (!values.containsKey("date")) {
            diagnostics.add(Diagnostic.error(
                    position, RULE, "a source needs the 'date' it was published: add 'date: 2017' (or 2017-05)"));
        } else if (!SOURCE_DATE.matcher(date).matches()) {
            diagnostics.add(Diagnostic.error(
                    position,
                    RULE,
                    "the date of a source must be a year, YYYY-MM or YYYY-MM-DD, such as 2017, not '" + date + "'"));
        }
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
            diagnostics.add(Diagnostic.error(
                    position, RULE, "the 'url' of a source must be an http(s) address, not '" + url + "'"));
        }
        if (diagnostics.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Source(values.get("title"), values.getOrDefault("by", ""), date, url, position));
    }
}
