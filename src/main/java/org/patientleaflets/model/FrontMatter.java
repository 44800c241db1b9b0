package org.patientleaflets.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML header of a text, keyed by field name in the order written. Typed accessors give
 * empty results for missing or malformed values; the front-matter rule reports those.
 *
 * @param fields the fields by key
 * @param position the line of the opening {@code ---}
 */
public record FrontMatter(Map<String, FrontMatterField> fields, SourcePosition position) {

    public static final String TITLE = "title";
    public static final String VERSION = "version";
    public static final String DATE = "date";
    public static final String REVIEW_BY = "review-by";
    public static final String OWNER = "owner";
    public static final String SPECIALTY = "specialty";
    public static final String SUMMARY = "summary";
    public static final String CHANGES = "changes";
    public static final String TRANSLATION_OF = "translation-of";

    public FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public Optional<FrontMatterField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    public Optional<String> text(String key) {
        return field(key).map(FrontMatterField::value).map(String::strip).filter(s -> !s.isEmpty());
    }

    public Optional<Integer> integer(String key) {
        return text(key).flatMap(FrontMatter::parseInteger);
    }

    public Optional<LocalDate> date(String key) {
        return text(key).flatMap(FrontMatter::parseDateText);
    }

    public String title() {
        return text(TITLE).orElse("");
    }

    public int version() {
        return integer(VERSION).orElse(0);
    }

    static Optional<Integer> parseInteger(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An ISO date ({@code 2026-10-01}), or empty when the text is not one. */
    public static Optional<LocalDate> parseDateText(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
