package org.patientleaflets.model;

import java.nio.file.Path;

/**
 * A piece of a section's visible text (markup removed), all on one line of the file, so that a finding
 * about a word or a figure in it can point at its column. It keeps where its characters lie in the text it
 * was read from rather than a copy of them: a site of thousands of leaflets has millions of runs.
 *
 * Its place in the file is kept as a line and a column rather than a {@link SourcePosition}, for the same
 * reason: one object less per run.
 *
 * @param source the text the run was read from, such as a whole Markdown body
 * @param from where the run's first character is in {@code source}
 * @param to where the run ends in {@code source}, exclusive
 * @param file the file the run is in
 * @param line the line of the run's first character in the file
 * @param column the column of the run's first character
 */
public record TextRun(String source, int from, int to, Path file, int line, int column) {

    public TextRun {
        if (from < 0 || to < from || to > source.length()) {
            throw new IndexOutOfBoundsException(
                    "no characters " + from + " to " + to + " in a text of " + source.length());
        }
    }

    /** A run of the characters {@code from} to {@code to} of {@code source}, starting at {@code start}. */
    public TextRun(String source, int from, int to, SourcePosition start) {
        this(source, from, to, start.file(), start.line(), start.column());
    }

    /** A run of all of {@code text}. */
    public TextRun(String text, SourcePosition start) {
        this(text, 0, text.length(), start);
    }

    /** Where the first character is in the file. */
    public SourcePosition start() {
        return new SourcePosition(file, line, column);
    }

    /** The characters as written in the file. */
    public String text() {
        return source.substring(from, to);
    }

    /** Runs are equal when they have the same characters at the same place, whatever text holds them. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TextRun run
                && line == run.line
                && column == run.column
                && file.equals(run.file)
                && to - from == run.to - run.from
                && source.regionMatches(from, run.source, run.from, to - from);
    }

    @Override
    public int hashCode() {
        return 31 * text().hashCode() + start().hashCode();
    }

    @Override
    public String toString() {
        return "TextRun[text=" + text() + ", start=" + start() + "]";
    }

    /** The position of the character at {@code index} in {@link #text()}. */
    public SourcePosition at(int index) {
        return new SourcePosition(file, line, column + index);
    }
}
