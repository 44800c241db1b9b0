package org.patientleaflets.config;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patientleaflets.model.Section;
import org.patientleaflets.model.Severity;

/**
 * A section every leaflet must have in every language.
 *
 * @param id the id that marks it explicitly ({@code ## Any heading {#risks}}) and names it in messages
 * @param headings the heading texts that mark it, by language
 * @param severity how serious a missing or empty section is
 * @param basis where the requirement comes from: {@code site.yaml}, or the article of law of a profile
 */
public record RequiredSection(String id, Map<String, List<String>> headings, Severity severity, String basis) {

    /** The basis of the sections {@code site.yaml} lists itself. */
    public static final String SITE_SETTINGS = "site.yaml";

    /** What {@code \\s} matches in a pattern, and the no-break spaces French puts before punctuation. */
    private static final String SPACES = " \t\n\u000B\f\r\u00A0\u202F";

    private static final String HIGH_PUNCTUATION = "?!:;";

    public RequiredSection {
        headings = Map.copyOf(headings);
    }

    /** The same section with another severity. */
    public RequiredSection withSeverity(Severity other) {
        return new RequiredSection(id, headings, other, basis);
    }

    /** The heading texts of one language, the first being the one to suggest. */
    public List<String> headings(String language) {
        return headings.getOrDefault(language, List.of());
    }

    /** Whether a section is this one, by its explicit id or by one of the language's heading texts. */
    public boolean matches(Section section, String language) {
        if (section.explicitId() != null) {
            return section.explicitId().equals(id);
        }
        String heading = normalise(section.heading());
        return headings(language).stream().map(RequiredSection::normalise).anyMatch(heading::equals);
    }

    /**
     * Case, spacing and typographic spaces before punctuation do not distinguish headings: each run of spaces
     * becomes one, or none before {@code ? ! : ;}, and the typographic apostrophe the straight one. One pass over
     * the characters rather than patterns: every rule compares each section's heading with the required ones.
     */
    static String normalise(String heading) {
        String text = Normalizer.normalize(heading, Normalizer.Form.NFC);
        StringBuilder normalised = new StringBuilder(text.length());
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPACES.indexOf(c) >= 0) {
                afterSpace = true;
                continue;
            }
            if (afterSpace && HIGH_PUNCTUATION.indexOf(c) < 0) {
                normalised.append(' ');
            }
            afterSpace = false;
            normalised.append(c);
        }
        // Lower case before the apostrophe changes: where a word ends, for a Greek final sigma, depends on it.
        return normalised.toString().strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
