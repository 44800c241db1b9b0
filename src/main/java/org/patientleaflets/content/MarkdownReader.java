package org.patientleaflets.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patientleaflets.model.ListItem;
import org.patientleaflets.model.Section;
import org.patientleaflets.model.TextRun;

/** Finds the {@code ##} sections of a Markdown body, with their positions in the file. */
final class MarkdownReader {

    private static final int SECTION_LEVEL = 2;

    /**
     * What a body holds, each part with its place in the file.
     *
     * @param sections the {@code ##} sections in order
     * @param markup the links, images, raw HTML and heading ids
     */
    record Body(List<Section> sections, Markup markup) {}

    /**
     * @param document the body, parsed
     * @param body the Markdown after the front matter
     * @param bodyLine the file line on which the body starts
     */
    Body read(Path file, Document document, String body, int bodyLine) {
        BodyPositions positions = new BodyPositions(file, body, bodyLine);
        return new Body(sections(positions, document), Markup.of(positions, document));
    }

    private static List<Section> sections(BodyPositions positions, Document document) {
        List<Section> sections = new ArrayList<>();
        Heading heading = null;
        StringBuilder text = new StringBuilder();
        List<TextRun> runs = new ArrayList<>();
        List<ListItem> items = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading next && next.getLevel() <= SECTION_LEVEL) {
                if (heading != null) {
                    sections.add(section(positions, heading, text.toString(), runs, items));
                }
                heading = next.getLevel() == SECTION_LEVEL ? next : null;
                text.setLength(0);
                runs.clear();
                items.clear();
                addRuns(positions, node, runs);
            } else if (heading != null) {
                addBlock(positions, node, runs, items);
                if (!(node instanceof Heading)) {
                    // A subheading alone says nothing to the patient; only the text under it does.
                    text.append(new TextCollectingVisitor().collectAndGetText(node))
                            .append('\n');
                }
            }
        }
        if (heading != null) {
            sections.add(section(positions, heading, text.toString(), runs, items));
        }
        return sections;
    }

    /**
     * Adds the runs of a block under a heading to its section's; each item of a list is also an item of the
     * section, holding the same runs rather than copies of them.
     */
    private static void addBlock(BodyPositions positions, Node block, List<TextRun> runs, List<ListItem> items) {
        if (!(block instanceof ListBlock list)) {
            addRuns(positions, block, runs);
            return;
        }
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<TextRun> itemRuns = new ArrayList<>();
            addRuns(positions, item, itemRuns);
            items.add(new ListItem(positions.of(item), itemRuns));
            runs.addAll(itemRuns);
        }
    }

    /** The visible text under a block; the address of an autolink is not text the reader sees as words. */
    private static void addRuns(BodyPositions positions, Node block, List<TextRun> runs) {
        for (Node node : block.getDescendants()) {
            if (node instanceof Text && !(node.getParent() instanceof AutoLink)) {
                runs.add(run(positions, node));
            }
        }
    }

    /** A run of a text node: the body's own characters, unless the parser joined pieces from apart. */
    private static TextRun run(BodyPositions positions, Node node) {
        BasedSequence chars = node.getChars();
        String body = positions.body();
        int from = node.getStartOffset();
        int to = node.getEndOffset();
        boolean inBody = to - from == chars.length() && to <= body.length();
        for (int i = 0; inBody && i < chars.length(); i++) {
            inBody = chars.charAt(i) == body.charAt(from + i);
        }
        return inBody
                ? new TextRun(body, from, to, positions.of(node))
                : new TextRun(chars.toString(), positions.of(node));
    }

    private static Section section(
            BodyPositions positions, Heading heading, String text, List<TextRun> runs, List<ListItem> items) {
        String explicitId = null;
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode attributes) {
                explicitId = explicitId(attributes, explicitId);
            }
        }
        return new Section(MarkdownSyntax.headingText(heading), explicitId, positions.of(heading), text, runs, items);
    }

    private static String explicitId(AttributesNode attributes, String current) {
        for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributeNode attribute && attribute.isId()) {
                return attribute.getValue().toString();
            }
        }
        return current;
    }
}
