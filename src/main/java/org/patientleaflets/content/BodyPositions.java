package org.patientleaflets.content;

import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.Arrays;
import org.patientleaflets.model.SourcePosition;

/**
 * Turns the offsets of a Markdown body's nodes into positions in its file. The line starts are found once
 * per body: asking the parsed document for each node's line scans the body from its start every time.
 */
public final class BodyPositions {

    private final Path file;
    private final String body;
    private final int bodyLine;
    private final int[] lineStarts;

    /**
     * @param body the Markdown after the front matter, as parsed
     * @param bodyLine the file line on which the body starts
     */
    public BodyPositions(Path file, String body, int bodyLine) {
        this.file = file;
        this.body = body;
        this.bodyLine = bodyLine;
        this.lineStarts = new int[Characters.count(body, '\n') + 1];
        int line = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    /** The body the positions are of. */
    String body() {
        return body;
    }

    /** Where a node starts: its line in the file and its column, both from 1. */
    SourcePosition of(Node node) {
        return of(node.getStartOffset());
    }

    /** Where the character at {@code offset} of the body is: its line in the file and its column, both from 1. */
    public SourcePosition of(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new SourcePosition(file, bodyLine + line, offset - lineStarts[line] + 1);
    }
}
