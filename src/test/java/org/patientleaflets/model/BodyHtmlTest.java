package org.patientleaflets.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BodyHtmlTest {

    private static final List<ContentsEntry> CONTENTS = List.of(new ContentsEntry("risques", "Quels risques\u202F?"));

    @Test
    void givesBackTheHtmlItWasMadeFromCharacterForCharacter() {
        String html = "<h2 id=\"risques\">Quels risques\u202F?</h2>\n<p>Un hématome (1,5\u00A0%), l’œdème 🫀.</p>\n"
                .repeat(200);

        BodyHtml body = BodyHtml.of(html, CONTENTS);

        assertThat(body.html()).isEqualTo(html);
        assertThat(body.contents()).isEqualTo(CONTENTS);
    }

    @Test
    void keepsHtmlThatDoesNotCompressWhole() {
        Random random = new Random(7);
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            html.appendCodePoint(0x20 + random.nextInt(0x2000));
        }

        assertThat(BodyHtml.of(html.toString(), CONTENTS).html()).isEqualTo(html.toString());
    }

    @Test
    void isEqualToTheBodyOfTheSameHtmlOnly() {
        assertThat(BodyHtml.of("<p>Un hématome.</p>", CONTENTS))
                .isEqualTo(BodyHtml.of("<p>Un hématome.</p>", CONTENTS))
                .hasSameHashCodeAs(BodyHtml.of("<p>Un hématome.</p>", CONTENTS))
                .isNotEqualTo(BodyHtml.of("<p>Un hématome\u202F!</p>", CONTENTS))
                .isNotEqualTo(BodyHtml.of("<p>Un hématome.</p>", List.of()));
    }
}
