package org.patientleaflets.check;

import java.util.ArrayList;
import java.util.List;
import org.patientleaflets.model.SourcePosition;
import org.patientleaflets.model.TextRun;

/**
 * Runs of visible text as one string to search, each run on its own line so that no match spans two
 * runs, with the way back from a place in the string to the file.
 *
 * @param text the runs, each followed by a line end
 * @param starts where each run starts in {@code text}
 * @param runs the runs
 */
record JoinedText(String text, List<Integer> starts, List<TextRun> runs) {

    static JoinedText of(List<TextRun> runs) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (TextRun run : runs) {
            starts.add(text.length());
            text.append(run.text()).append('\n');
        }
        return new JoinedText(text.toString(), List.copyOf(starts), List.copyOf(runs));
    }

    /** Where the character at {@code index} of {@link #text()} is in the file. */
    SourcePosition position(int index) {
        int run = 0;
        while (run + 1 < starts.size() && starts.get(run + 1) <= index) {
            run++;
        }
        return runs.get(run).at(index - starts.get(run));
    }
}
