package org.patientleaflets.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.internal.AttributesAttributeProvider;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Set;
import org.patientleaflets.content.MarkdownSyntax;

/**
 * Turns a leaflet body into HTML in the typography of its language. Raw HTML is escaped, never passed
 * through, so no content file can put markup or script into a page.
 */
public final class MarkdownHtml {

    private final Parser parser;
    private final HtmlRenderer french;
    private final HtmlRenderer other;

    public MarkdownHtml() {
        MutableDataSet options = MarkdownSyntax.options();
        this.parser = MarkdownSyntax.parser(options);
        this.french = renderer(options, true);
        this.other = renderer(options, false);
    }

    public String toHtml(String markdown, String language) {
        HtmlRenderer renderer = "fr".equals(language) ? french : other;
        return renderer.render(parser.parse(markdown));
    }

    private static HtmlRenderer renderer(MutableDataSet shared, boolean frenchRules) {
        MutableDataSet options = new MutableDataSet(shared);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // Characters rather than named entities: the PDF renderer's XML parser knows no &rsquo;.
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.ELLIPSIS, "\u2026");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
        options.set(TypographicExtension.EN_DASH, "\u2013");
        options.set(TypographicExtension.EM_DASH, "\u2014");
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "«");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "»");
        if (frenchRules) {
            options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "«\u00A0");
            options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u00A0»");
            return HtmlRenderer.builder(options)
                    .nodeRendererFactory(holder -> new FrenchTextRenderer())
                    .attributeProviderFactory(new SafeAttributesFactory())
                    .build();
        }
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
        return HtmlRenderer.builder(options)
                .attributeProviderFactory(new SafeAttributesFactory())
                .build();
    }

    /** Runs after the attributes extension, so that it sees and filters what content asked for. */
    private static final class SafeAttributesFactory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new SafeAttributes();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(AttributesAttributeProvider.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    /** Writes text nodes with French spacing; escaping stays with the writer. */
    private static final class FrenchTextRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(
                    Text.class,
                    (node, context, html) ->
                            write(html, FrenchTypography.apply(node.getChars().unescape()))));
        }

        private static void write(HtmlWriter html, String text) {
            html.text(text);
        }
    }
}
