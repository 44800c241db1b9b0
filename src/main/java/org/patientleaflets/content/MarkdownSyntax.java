package org.patientleaflets.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** The Markdown dialect of leaflets: CommonMark with tables, {@code {#id}} attributes and typographic quotes. */
public final class MarkdownSyntax {

    private MarkdownSyntax() {}

    /** Options shared by the parser and the renderers, so that both read the same dialect. */
    public static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(TablesExtension.create(), AttributesExtension.create(), TypographicExtension.create()));
        return options;
    }

    /** A parser for the dialect; parsers are thread-safe, so one serves a whole build. */
    public static Parser parser(DataHolder options) {
        return Parser.builder(options).build();
    }

    /** A heading's text as written, without its {@code {#id}} attribute. */
    public static String headingText(Heading heading) {
        StringBuilder title = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof AttributesNode)) {
                title.append(new TextCollectingVisitor().collectAndGetText(child));
            }
        }
        return title.toString().strip();
    }
}
