package org.patientleaflets.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML header of a text, keyed by field name in the order written. Typed accessors give
 * empty results for missing or malformed values; the front-matter rule reports those.
 *
 * @param fields the fields by key
 * @param sources the well-formed references of the {@code sources} list, in order
 * @param position the line of the opening {@code ---}
 */
public record FrontMatter(Map<String, FrontMatterField> fields, List<Source> sources, SourcePosition position) {

    public static final String TITLE = "title";
    public static final String VERSION = "version";
    public static final String DATE = "date";
    public static final String REVIEW_BY = "review-by";
    public static final String OWNER = "owner";
    public static final String SPECIALTY = "specialty";
    public static final String SUMMARY = "summary";
    public static final String CHANGES = "changes";
    public static final String TRANSLATION_OF = "translation-of";
    public static final String APPROVED_BY = "approved-by";
    public static final String APPROVED_ON = "approved-on";
    public static final String SOURCES = "sources";
    public static final String CONSENT_FORM = "consent-form";

    public FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        sources = List.copyOf(sources);
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

    /** Whether the text names who approved it and when, as a text must before it is published. */
    public boolean approved() {
        return text(APPROVED_BY).isPresent() && date(APPROVED_ON).isPresent();
    }

    /** {@code true} or {@code false} as written, or empty when the field is missing or holds another value. */
    public Optional<Boolean> flag(String key) {
        return text(key)
                .filter(value -> value.equals("true") || value.equals("false"))
                .map(Boolean::parseBoolean);
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
