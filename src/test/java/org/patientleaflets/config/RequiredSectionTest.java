package org.patientleaflets.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredSectionTest {

    @Test
    void headingsDifferingInCaseSpacingOrApostropheAreTheSame() {
        assertThat(RequiredSection.normalise("  QUELS sont\u00A0\u00A0les risques\u202F?  "))
                .isEqualTo("quels sont les risques?");
        assertThat(RequiredSection.normalise("Who\u2019s\tto contact :")).isEqualTo("who's to contact:");
        assertThat(RequiredSection.normalise("Re\u0301sultats")).isEqualTo("résultats");
    }

    /** The same rules written as patterns, which are easier to read and were what headings were compared by. */
    private static String byPatterns(String heading) {
        String text = Normalizer.normalize(heading, Normalizer.Form.NFC);
        text = Pattern.compile("[\\s\\u00A0\\u202F]+")
                .matcher(text)
                .replaceAll(" ")
                .strip()
                .toLowerCase(Locale.ROOT);
        text = text.replace('\u2019', '\'');
        return Pattern.compile(" ([?!:;])").matcher(text).replaceAll("$1");
    }

    @Test
    void normalisesEveryHeadingAsThePatternsDo() {
        String characters = "aZé\u0301’'?!:;.-Σ \t\n\u000B\f\r\u00A0\u202F\u2003\u2009";
        Random random = new Random(2026);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder heading = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                heading.append(characters.charAt(random.nextInt(characters.length())));
            }
            String text = heading.toString();
            assertThat(RequiredSection.normalise(text))
                    .as(
                            "%s",
                            text.chars()
                                    .mapToObj(c -> String.format("U+%04X", c))
                                    .toList())
                    .isEqualTo(byPatterns(text));
        }
    }
}
