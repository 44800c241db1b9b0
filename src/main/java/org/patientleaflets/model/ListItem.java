package org.patientleaflets.model;

import java.util.List;

/**
 * An item of a list written directly in a section, such as one risk of the risks section.
 *
 * @param position where the item's marker is
 * @param runs the item's visible text, in reading order, with positions
 */
public record ListItem(SourcePosition position, List<TextRun> runs) {

    public ListItem {
        runs = List.copyOf(runs);
    }
}
