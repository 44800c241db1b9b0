package org.patientleaflets.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A text's body as pages and printed leaflets show it: HTML, with the sections its table of contents lists.
 * It is rendered as the text is read, from the same parse as the checks, and kept until the pages are written:
 * on a site of thousands of texts, every body at once. So the HTML is kept deflated, about 40 % of its UTF-8
 * bytes, and inflated for the page that shows it.
 */
public final class BodyHtml {

    /** Each thread keeps its own: making one allocates the compressor's tables anew. */
    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));

    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);

    private final byte[] deflated;
    private final int length;
    private final List<ContentsEntry> contents;

    private BodyHtml(byte[] deflated, int length, List<ContentsEntry> contents) {
        this.deflated = deflated;
        this.length = length;
        this.contents = List.copyOf(contents);
    }

    /**
     * @param html the body, escaped and safe to include
     * @param contents its sections, in order, for the table of contents
     */
    public static BodyHtml of(String html, List<ContentsEntry> contents) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = DEFLATERS.get();
        try {
            deflater.setInput(bytes);
            deflater.finish();
            byte[] buffer = new byte[bytes.length / 2 + 64];
            int size = 0;
            while (!deflater.finished()) {
                if (size == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                size += deflater.deflate(buffer, size, buffer.length - size);
            }
            return new BodyHtml(Arrays.copyOf(buffer, size), bytes.length, contents);
        } finally {
            deflater.reset();
        }
    }

    /** The body, escaped and safe to include. */
    public String html() {
        Inflater inflater = INFLATERS.get();
        try {
            inflater.setInput(deflated);
            byte[] bytes = new byte[length];
            int size = 0;
            while (size < length) {
                int inflated = inflater.inflate(bytes, size, length - size);
                if (inflated == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("a body's HTML inflates to " + size + " bytes, not " + length);
                }
                size += inflated;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a body's HTML cannot be inflated", e);
        } finally {
            inflater.reset();
        }
    }

    /** The body's sections, in order, for the table of contents. */
    public List<ContentsEntry> contents() {
        return contents;
    }

    /** Bodies are equal when their HTML and contents are: equal HTML deflates to equal bytes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof BodyHtml body
                && length == body.length
                && Arrays.equals(deflated, body.deflated)
                && contents.equals(body.contents);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(deflated) + contents.hashCode();
    }

    @Override
    public String toString() {
        return "BodyHtml[" + length + " bytes, contents=" + contents + "]";
    }
}
