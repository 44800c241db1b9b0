package org.patientleaflets.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.FrontMatterField;
import org.patientleaflets.model.LeafletText;

/** Every text's front matter has the fields a published leaflet needs, each of the right type. */
public final class FrontMatterRule implements LeafletRule {

    static final String ID = "front-matter";

    private enum Type {
        TEXT,
        VERSION,
        DATE,
        FLAG
    }

    private static final Map<String, Type> SOURCE_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Type> OPTIONAL_FIELDS = new LinkedHashMap<>();
    // Read, and reported when malformed, where the front matter is loaded.
    private static final String READ_ON_LOADING = FrontMatter.SOURCES;

    static {
        SOURCE_FIELDS.put(FrontMatter.TITLE, Type.TEXT);
        SOURCE_FIELDS.put(FrontMatter.VERSION, Type.VERSION);
        SOURCE_FIELDS.put(FrontMatter.DATE, Type.DATE);
        SOURCE_FIELDS.put(FrontMatter.REVIEW_BY, Type.DATE);
        SOURCE_FIELDS.put(FrontMatter.OWNER, Type.TEXT);
        SOURCE_FIELDS.put(FrontMatter.SPECIALTY, Type.TEXT);
        SOURCE_FIELDS.put(FrontMatter.SUMMARY, Type.TEXT);
        OPTIONAL_FIELDS.put(FrontMatter.CHANGES, Type.TEXT);
        OPTIONAL_FIELDS.put(FrontMatter.APPROVED_BY, Type.TEXT);
        OPTIONAL_FIELDS.put(FrontMatter.APPROVED_ON, Type.DATE);
        OPTIONAL_FIELDS.put(FrontMatter.CONSENT_FORM, Type.FLAG);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every text's front matter has the fields a published leaflet needs, each of the right type.";
    }

    @Override
    public void check(Content content, Findings findings) {
        String source = content.settings().sourceLanguage();
        content.texts().forEach(text -> check(text, !text.language().equals(source), findings));
    }

    private static void check(LeafletText text, boolean translation, Findings findings) {
        FrontMatter frontMatter = text.frontMatter();
        Map<String, Type> required = new LinkedHashMap<>(SOURCE_FIELDS);
        if (translation) {
            required.put(FrontMatter.TRANSLATION_OF, Type.VERSION);
        }
        required.forEach((key, type) -> frontMatter
                .field(key)
                .ifPresentOrElse(
                        field -> checkValue(field, type, findings),
                        () -> findings.error(
                                frontMatter.position(),
                                "missing field '" + key + "' in the front matter: add '" + key + ": " + example(type)
                                        + "'")));
        for (FrontMatterField field : frontMatter.fields().values()) {
            Optional<Type> optional = Optional.ofNullable(OPTIONAL_FIELDS.get(field.key()));
            optional.ifPresent(type -> checkValue(field, type, findings));
            if (required.containsKey(field.key())
                    || optional.isPresent()
                    || field.key().equals(READ_ON_LOADING)) {
                continue;
            }
            if (field.key().equals(FrontMatter.TRANSLATION_OF)) {
                findings.error(
                        field.keyPosition(),
                        "'translation-of' belongs in translations only; this is the source text: remove the field");
            } else {
                findings.warning(
                        field.keyPosition(),
                        "unknown field '" + field.key() + "' is ignored; known fields: " + knownFields(translation));
            }
        }
        checkReviewAfterDate(frontMatter, findings);
    }

    private static void checkValue(FrontMatterField field, Type type, Findings findings) {
        String problem = problem(field, type);
        if (problem != null) {
            findings.error(field.valuePosition(), "'" + field.key() + "' " + problem);
        }
    }

    /** What is wrong with a value, or {@code null} when it is right. */
    private static String problem(FrontMatterField field, Type type) {
        if (!field.isScalar()) {
            return "must be a single value, not a list or mapping";
        }
        String value = field.value().strip();
        if (value.isEmpty()) {
            return "is empty: write " + example(type);
        }
        return switch (type) {
            case TEXT -> null;
            case VERSION -> value.matches("[1-9][0-9]{0,8}")
                    ? null
                    : "must be a whole number from 1 up, such as 2, not '" + value + "'";
            case DATE -> value.matches("\\d{4}-\\d{2}-\\d{2}")
                            && FrontMatter.parseDateText(value).isPresent()
                    ? null
                    : "must be a date written YYYY-MM-DD, such as 2026-10-01, not '" + value + "'";
            case FLAG -> value.equals("true") || value.equals("false")
                    ? null
                    : "must be true or false, not '" + value + "'";
        };
    }

    private static void checkReviewAfterDate(FrontMatter frontMatter, Findings findings) {
        var date = frontMatter.date(FrontMatter.DATE);
        var reviewBy = frontMatter.date(FrontMatter.REVIEW_BY);
        if (date.isPresent() && reviewBy.isPresent() && !reviewBy.get().isAfter(date.get())) {
            findings.error(
                    frontMatter.field(FrontMatter.REVIEW_BY).orElseThrow().valuePosition(),
                    "'review-by' (" + reviewBy.get() + ") must come after 'date' (" + date.get() + ")");
        }
    }

    private static String example(Type type) {
        return switch (type) {
            case TEXT -> "some text";
            case VERSION -> "1";
            case DATE -> "2026-10-01";
            case FLAG -> "true";
        };
    }

    private static String knownFields(boolean translation) {
        List<String> known = new ArrayList<>(SOURCE_FIELDS.keySet());
        known.addAll(OPTIONAL_FIELDS.keySet());
        known.add(READ_ON_LOADING);
        if (translation) {
            known.add(FrontMatter.TRANSLATION_OF);
        }
        return String.join(", ", known);
    }
}
