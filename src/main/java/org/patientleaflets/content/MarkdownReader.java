package org.patientleaflets.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patientleaflets.model.Section;
import org.patientleaflets.model.SourcePosition;

/** Finds the {@code ##} sections of a Markdown body, with their positions in the file. */
final class MarkdownReader {

    private static final int SECTION_LEVEL = 2;

    private final Parser parser = MarkdownSyntax.parser(MarkdownSyntax.options());

    /**
     * @param body the Markdown after the front matter
     * @param bodyLine the file line on which the body starts
     */
    List<Section> sections(Path file, String body, int bodyLine) {
        Document document = parser.parse(body);
        List<Section> sections = new ArrayList<>();
        Heading heading = null;
        StringBuilder text = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading next && next.getLevel() <= SECTION_LEVEL) {
                if (heading != null) {
                    sections.add(section(file, heading, text.toString(), bodyLine));
                }
                heading = next.getLevel() == SECTION_LEVEL ? next : null;
                text.setLength(0);
            } else if (heading != null && !(node instanceof Heading)) {
                // A subheading alone says nothing to the patient; only the text under it does.
                text.append(new TextCollectingVisitor().collectAndGetText(node)).append('\n');
            }
        }
        if (heading != null) {
            sections.add(section(file, heading, text.toString(), bodyLine));
        }
        return sections;
    }

    private static Section section(Path file, Heading heading, String text, int bodyLine) {
        String explicitId = null;
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode attributes) {
                explicitId = explicitId(attributes, explicitId);
            }
        }
        int line = bodyLine + heading.getStartLineNumber();
        int column =
                heading.getStartOffset() - heading.getDocument().getChars().startOfLine(heading.getStartOffset()) + 1;
        return new Section(
                MarkdownSyntax.headingText(heading), explicitId, new SourcePosition(file, line, column), text);
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
