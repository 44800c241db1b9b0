package org.patientleaflets.model;

/**
 * A {@code ##} section of a text.
 *
 * @param heading the heading text as written, without any {@code {#id}} attribute
 * @param explicitId the id given with {@code {#id}}, or {@code null}
 * @param position where the heading is
 * @param plainText the section's text without markup, blank when the section is empty
 */
public record Section(String heading, String explicitId, SourcePosition position, String plainText) {

    public boolean isEmpty() {
        return plainText.isBlank();
    }
}
