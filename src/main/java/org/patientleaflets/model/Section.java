package org.patientleaflets.model;

import java.util.List;

/**
 * A {@code ##} section of a text.
 *
 * @param heading the heading text as written, without any {@code {#id}} attribute
 * @param explicitId the id given with {@code {#id}}, or {@code null}
 * @param position where the heading is
 * @param plainText the section's text without markup, blank when the section is empty
 * @param runs the visible text of the heading and everything under it, in reading order, with positions
 * @param items the items of the lists written directly under the heading, in order
 */
public record Section(
        String heading,
        String explicitId,
        SourcePosition position,
        String plainText,
        List<TextRun> runs,
        List<ListItem> items) {

    public Section {
        runs = List.copyOf(runs);
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return plainText.isBlank();
    }
}
