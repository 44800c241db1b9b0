package org.patientleaflets.check;

import java.util.Locale;
import java.util.Map;

/**
 * The frequency words of the European convention for undesirable effects, with the share of patients each means.
 */
enum FrequencyBand {
    VERY_COMMON(0.1, Double.POSITIVE_INFINITY, "très fréquent", "very common", "1 in 10 or more"),
    COMMON(0.01, 0.1, "fréquent", "common", "1 in 100 to 1 in 10"),
    UNCOMMON(0.001, 0.01, "peu fréquent", "uncommon", "1 in 1,000 to 1 in 100"),
    RARE(0.0001, 0.001, "rare", "rare", "1 in 10,000 to 1 in 1,000"),
    VERY_RARE(0, 0.0001, "très rare", "very rare", "fewer than 1 in 10,000");

    private final double lowest;
    private final double below;
    private final Map<String, String> words;
    private final String meaning;

    FrequencyBand(double lowest, double below, String french, String english, String meaning) {
        this.lowest = lowest;
        this.below = below;
        this.words = Map.of("fr", french, "en", english);
        this.meaning = meaning;
    }

    /** The band a written word names, such as {@code Très fréquentes} or {@code uncommon}. */
    static FrequencyBand ofWord(String written, String language) {
        String word = written.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ");
        FrequencyBand match = null;
        for (FrequencyBand band : values()) {
            String base = band.word(language);
            if (word.startsWith(base)
                    && (match == null || base.length() > match.word(language).length())) {
                match = band;
            }
        }
        return match;
    }

    /** The band a share of patients falls in. */
    static FrequencyBand of(double share) {
        for (FrequencyBand band : values()) {
            if (share >= band.lowest && share < band.below) {
                return band;
            }
        }
        return VERY_RARE;
    }

    String word(String language) {
        return words.getOrDefault(language, words.get("en"));
    }

    String meaning() {
        return meaning;
    }

    /** Whether some share between {@code from} and {@code to} (inclusive) falls in this band. */
    boolean overlaps(double from, double to) {
        return from < below && to >= lowest;
    }
}
