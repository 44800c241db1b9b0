package org.patientleaflets.model;

/**
 * A piece of a section's visible text (markup removed), all on one line of the file, so that a finding
 * about a word or a figure in it can point at its column.
 *
 * @param text the characters as written in the file
 * @param start where the first character is
 */
public record TextRun(String text, SourcePosition start) {

    /** The position of the character at {@code index} in {@link #text()}. */
    public SourcePosition at(int index) {
        return new SourcePosition(start.file(), start.line(), start.column() + index);
    }
}
