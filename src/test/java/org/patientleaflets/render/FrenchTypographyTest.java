package org.patientleaflets.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTypographyTest {

    @Test
    void keepsHighPunctuationOnTheLineOfItsWord() {
        assertThat(FrenchTypography.apply("Quels sont les risques ? Aucun ! Vraiment ; oui"))
                .isEqualTo("Quels sont les risques\u202F? Aucun\u202F! Vraiment\u202F; oui");
    }

    @Test
    void addsTheMissingSpaceBeforeAQuestionMark() {
        assertThat(FrenchTypography.apply("Pourquoi?")).isEqualTo("Pourquoi\u202F?");
    }

    @Test
    void usesAFullNoBreakSpaceBeforeAColon() {
        assertThat(FrenchTypography.apply("Téléphone : 064 23 48 20")).isEqualTo("Téléphone\u00A0: 064 23 48 20");
    }

    @Test
    void leavesColonsWithoutASpaceAlone() {
        assertThat(FrenchTypography.apply("à 10:30 sur https://example.org"))
                .isEqualTo("à 10:30 sur https://example.org");
    }

    @Test
    void putsNoBreakSpacesInsideGuillemets() {
        assertThat(FrenchTypography.apply("on parle d’« insuffisance mitrale »"))
                .isEqualTo("on parle d’«\u00A0insuffisance mitrale\u00A0»");
    }

    @Test
    void keepsAPercentSignWithItsNumber() {
        assertThat(FrenchTypography.apply("le décès (2 %)")).isEqualTo("le décès (2\u202F%)");
    }

    @Test
    void addsNoSpaceInsideRepeatedPunctuation() {
        assertThat(FrenchTypography.apply("Vraiment ?!")).isEqualTo("Vraiment\u202F?!");
    }
}
