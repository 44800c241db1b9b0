package org.patientleaflets.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.internal.AttributesAttributeProvider;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.content.BodyRendering;
import org.patientleaflets.content.MarkdownSyntax;
import org.patientleaflets.model.BodyHtml;
import org.patientleaflets.model.ContentsEntry;

/**
 * Turns a leaflet body into HTML in the typography of its language, with phone numbers and e-mail
 * addresses as links. Raw HTML is escaped, never passed through, so no content file can put markup or
 * script into a page.
 */
public final class MarkdownHtml implements BodyRendering {

    private static final int SECTION_LEVEL = 2;

    private final Parser parser;
    private final HtmlRenderer french;
    private final HtmlRenderer other;
    private final boolean allowHtml;

    /** @param phoneRegion the region phone numbers without a country code are read in, or {@code null} */
    public MarkdownHtml(String phoneRegion) {
        this(phoneRegion, false);
    }

    /**
     * @param phoneRegion the region phone numbers without a country code are read in, or {@code null}
     * @param allowHtml whether HTML in texts passes through {@link HtmlAllowList} rather than being shown as text
     */
    public MarkdownHtml(String phoneRegion, boolean allowHtml) {
        MutableDataSet options = MarkdownSyntax.options();
        options.set(HtmlRenderer.ESCAPE_HTML, !allowHtml);
        ContactLinks contacts = new ContactLinks(phoneRegion);
        this.allowHtml = allowHtml;
        this.parser = MarkdownSyntax.parser(options);
        this.french = renderer(options, true, contacts);
        this.other = renderer(options, false, contacts);
    }

    /** The renderer of a site with these settings. */
    public static MarkdownHtml of(SiteSettings settings) {
        return new MarkdownHtml(settings.phoneRegion(), settings.allowHtml());
    }

    /** Renders a piece of Markdown on its own, such as a text that is not a leaflet's. */
    public LeafletBody render(String markdown, String language) {
        return LeafletBody.of(render(parse(markdown), language).orElseThrow());
    }

    @Override
    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    @Override
    public Optional<BodyHtml> render(Document document, String language) {
        boolean frenchRules = "fr".equals(language);
        String rendered = (frenchRules ? french : other).render(document);
        String html = allowHtml ? HtmlAllowList.sanitize(rendered) : rendered;
        // Heading ids exist once the document is rendered.
        List<ContentsEntry> contents = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == SECTION_LEVEL) {
                String text = MarkdownSyntax.headingText(heading);
                contents.add(
                        new ContentsEntry(heading.getAnchorRefId(), frenchRules ? FrenchTypography.apply(text) : text));
            }
        }
        return Optional.of(BodyHtml.of(html, contents));
    }

    private static HtmlRenderer renderer(MutableDataSet shared, boolean frenchRules, ContactLinks contacts) {
        MutableDataSet options = new MutableDataSet(shared);
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
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, frenchRules ? "«\u00A0" : "\u201C");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, frenchRules ? "\u00A0»" : "\u201D");
        UnaryOperator<String> typography = frenchRules ? FrenchTypography::apply : UnaryOperator.identity();
        return HtmlRenderer.builder(options)
                .nodeRendererFactory(holder -> new TextRenderer(typography, contacts))
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

    /** Writes text nodes in the language's typography, with contact links; escaping stays with the writer. */
    private record TextRenderer(UnaryOperator<String> typography, ContactLinks contacts) implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> {
                String text = typography.apply(node.getChars().unescape());
                // A link inside a link is invalid HTML: text the author already linked stays as it is.
                if (node.getAncestorOfType(Link.class, LinkRef.class, AutoLink.class, MailLink.class) != null) {
                    html.text(text);
                } else {
                    contacts.write(html, text);
                }
            }));
        }
    }
}
