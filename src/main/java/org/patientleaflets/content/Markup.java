package org.patientleaflets.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.patientleaflets.model.Link;
import org.patientleaflets.model.RawHtml;

/**
 * The links, images, raw HTML and heading ids of a body.
 *
 * @param links the links and images, in reading order
 * @param rawHtml the HTML written into the Markdown, in reading order
 * @param anchors the ids of every heading, as the pages give them
 */
record Markup(List<Link> links, List<RawHtml> rawHtml, Set<String> anchors) {

    static Markup of(BodyPositions positions, Document document) {
        List<Link> links = new ArrayList<>();
        List<RawHtml> rawHtml = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                String html =
                        node.getChars().toString().strip().lines().findFirst().orElse("");
                rawHtml.add(new RawHtml(html, positions.of(node)));
            } else if (node instanceof MailLink mail) {
                links.add(link(positions, node, "mailto:" + mail.getUrl()));
            } else if (node instanceof LinkNode link) {
                links.add(link(positions, node, link.getUrl().toString()));
            } else if (node instanceof RefNode ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(document);
                links.add(link(positions, node, reference.getUrl().toString()));
            }
        }
        return new Markup(links, rawHtml, anchors(document));
    }

    private static Link link(BodyPositions positions, Node node, String destination) {
        boolean image = node instanceof Image || node instanceof ImageRef;
        String text = new TextCollectingVisitor().collectAndGetText(node).strip();
        return new Link(destination, text, image, positions.of(node));
    }

    /** The ids the renderer gives headings, and any written with {@code {#id}}. */
    private static Set<String> anchors(Document document) {
        HeaderIdGenerator generator = new HeaderIdGenerator(document);
        generator.generateIds(document);
        Set<String> anchors = new TreeSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                anchors.add(heading.getAnchorRefId());
            } else if (node instanceof AttributeNode attribute && attribute.isId()) {
                anchors.add(attribute.getValue().toString());
            }
        }
        anchors.remove("");
        return anchors;
    }
}
