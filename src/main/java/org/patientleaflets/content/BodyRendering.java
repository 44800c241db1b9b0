package org.patientleaflets.content;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Optional;
import org.patientleaflets.model.BodyHtml;

/**
 * Turns a text's Markdown body into the HTML its pages show, in two steps, so that one parse serves both the
 * checks and the pages: parsing was nearly a quarter of a large site's build.
 */
public interface BodyRendering {

    Document parse(String markdown);

    /** The HTML of a parsed body in the typography of {@code language}; empty when no page will show it. */
    Optional<BodyHtml> render(Document document, String language);

    /** Parses bodies for their checks alone, as a check or a publication does: no page will show them. */
    static BodyRendering checksOnly() {
        Parser parser = MarkdownSyntax.parser(MarkdownSyntax.options());
        return new BodyRendering() {
            @Override
            public Document parse(String markdown) {
                return parser.parse(markdown);
            }

            @Override
            public Optional<BodyHtml> render(Document document, String language) {
                return Optional.empty();
            }
        };
    }
}
