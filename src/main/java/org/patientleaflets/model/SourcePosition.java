package org.patientleaflets.model;

import java.nio.file.Path;

/**
 * A place in a content file.
 *
 * @param file the file, relative to the project directory
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record SourcePosition(Path file, int line, int column) {

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    /** The file as messages write it, with {@code /} between folders on every system. */
    public String path() {
        return file.toString().replace('\\', '/');
    }

    /** {@code content/mitraclip/fr.md:18}, for messages that point at another place than their own. */
    public String fileAndLine() {
        return path() + ":" + line;
    }

    /** The start of a file, for findings about the file as a whole. */
    public static SourcePosition startOf(Path file) {
        return new SourcePosition(file, 1, 1);
    }
}
