package org.patientleaflets.proofread.languagetool;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.patientleaflets.content.BodyPositions;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.SourcePosition;

/**
 * The prose of a text as a reader sees it (headings, paragraphs, list items and table cells), with the
 * Markdown around it kept as markup, so that a place LanguageTool points at is a place in the file.
 * Code, addresses, e-mail addresses and phone numbers are read as written, so that the sentences around
 * them stay whole, and findings that touch them are dropped.
 *
 * @param annotated the text for LanguageTool, whose original text is the Markdown body
 * @param document the parsed body
 * @param positions where each index of the body is in its file
 * @param skipped the spans of the body that are not prose, as {start, end} pairs
 */
record Prose(AnnotatedText annotated, Document document, BodyPositions positions, List<int[]> skipped) {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\\.)\\S+|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    /** What separates two blocks, so that a heading or a list item is never read into the next sentence. */
    private static final String BLOCK_BREAK = "\n\n";

    static Prose of(LeafletText text, Parser parser, String phoneRegion) {
        Document document = parser.parse(text.markdown());
        Reader reader = new Reader(document.getChars(), phoneRegion);
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                reader.block(node);
            }
        }
        BodyPositions positions = new BodyPositions(text.file(), text.markdown(), text.bodyLine());
        return new Prose(reader.build(), document, positions, List.copyOf(reader.skipped));
    }

    /** Where the character at {@code offset} of the body is in the file. */
    SourcePosition position(int offset) {
        return positions.of(offset);
    }

    /** The body's characters from {@code start} to {@code end}, as written. */
    String source(int start, int end) {
        return document.getChars().subSequence(start, end).toString();
    }

    /**
     * Where the words and phrases of a dictionary occur in the prose, as {start, end} pairs of the body, whole
     * words only. An entry in lower case also matches with a capital first letter, as at a sentence start.
     */
    List<int[]> occurrences(List<String> entries) {
        String plain = annotated.getPlainText();
        List<int[]> found = new ArrayList<>();
        for (String entry : entries) {
            String capitalised = entry.substring(0, 1).toUpperCase(Locale.ROOT) + entry.substring(1);
            Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Pattern.quote(entry) + "|"
                            + Pattern.quote(capitalised) + ")(?![\\p{L}\\p{N}])")
                    .matcher(plain);
            while (matcher.find()) {
                found.add(new int[] {
                    annotated.getOriginalTextPositionFor(matcher.start(), false),
                    annotated.getOriginalTextPositionFor(matcher.end(), true)
                });
            }
        }
        return found;
    }

    /** Whether the span from {@code start} to {@code end} of the body touches code, an address or a number. */
    boolean touchesSkipped(int start, int end) {
        return skipped.stream().anyMatch(span -> start < span[1] && span[0] < end);
    }

    /** Walks the blocks in reading order, turning the body into text and markup. */
    private static final class Reader {

        private final BasedSequence body;
        private final String phoneRegion;
        private final AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        private final List<int[]> skipped = new ArrayList<>();
        private int written;
        private boolean blockStarted;

        Reader(BasedSequence body, String phoneRegion) {
            this.body = body;
            this.phoneRegion = phoneRegion == null ? "ZZ" : phoneRegion;
        }

        void block(Node block) {
            blockStarted = false;
            inline(block);
        }

        private void inline(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text) {
                    text(node.getChars());
                } else if (node instanceof Code code) {
                    skip(node.getChars(), code.getText().toString());
                } else if (node instanceof DelimitedLinkNode address) {
                    // An autolink or an e-mail address between angle brackets.
                    skip(node.getChars(), address.getText().toString());
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    markup(node.getChars(), " ");
                } else if (node instanceof TypographicSmarts smarts) {
                    markup(node.getChars(), unescaped(smarts.getTypographicText()));
                } else if (node instanceof HtmlEntity) {
                    markup(node.getChars(), unescaped(node.getChars()));
                } else if (node instanceof TypographicQuotes quotes) {
                    markup(quotes.getOpeningMarker(), unescaped(quotes.getTypographicOpening()));
                    inline(quotes);
                    markup(quotes.getClosingMarker(), unescaped(quotes.getTypographicClosing()));
                } else if (!(node instanceof Image
                        || node instanceof ImageRef
                        || node instanceof HtmlInlineBase
                        || node instanceof AttributesNode)) {
                    // Emphasis, links and the like: their words are prose, their marks and addresses markup.
                    inline(node);
                }
            }
        }

        private void text(BasedSequence chars) {
            advanceTo(chars.getStartOffset());
            String text = chars.toString();
            int start = chars.getStartOffset();
            for (PhoneNumberMatch phone : PhoneNumberUtil.getInstance()
                    .findNumbers(text, phoneRegion, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
                skipped.add(new int[] {start + phone.start(), start + phone.end()});
            }
            Matcher address = ADDRESS.matcher(text);
            while (address.find()) {
                skipped.add(new int[] {start + address.start(), start + address.end()});
            }
            builder.addText(text);
            written = chars.getEndOffset();
        }

        private void skip(BasedSequence chars, String readAs) {
            skipped.add(new int[] {chars.getStartOffset(), chars.getEndOffset()});
            markup(chars, readAs);
        }

        private void markup(BasedSequence chars, String readAs) {
            if (chars.isNull()) {
                return;
            }
            advanceTo(chars.getStartOffset());
            builder.addMarkup(chars.toString(), readAs);
            written = chars.getEndOffset();
        }

        /** Everything between the last piece and the next is markup: emphasis marks, link addresses, ids. */
        private void advanceTo(int offset) {
            if (offset > written) {
                builder.addMarkup(body.subSequence(written, offset).toString(), blockStarted ? "" : BLOCK_BREAK);
            }
            blockStarted = true;
            written = Math.max(written, offset);
        }

        AnnotatedText build() {
            if (written < body.length()) {
                builder.addMarkup(body.subSequence(written, body.length()).toString(), "");
            }
            return builder.build();
        }

        private static String unescaped(CharSequence html) {
            return org.jsoup.parser.Parser.unescapeEntities(html.toString(), false);
        }
    }
}
