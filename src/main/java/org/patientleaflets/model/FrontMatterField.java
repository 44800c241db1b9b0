package org.patientleaflets.model;

/**
 * One key of a text's front matter, as written.
 *
 * @param key the key
 * @param value the scalar text, or {@code null} when the value is a list or a mapping
 * @param keyPosition where the key is written
 * @param valuePosition where the value starts
 */
public record FrontMatterField(String key, String value, SourcePosition keyPosition, SourcePosition valuePosition) {

    /** Whether the value is a single scalar rather than a list or a mapping. */
    public boolean isScalar() {
        return value != null;
    }
}
