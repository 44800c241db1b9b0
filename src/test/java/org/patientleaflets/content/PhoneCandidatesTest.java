package org.patientleaflets.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quick test before the phone number matcher lets every written number through, and little else. */
class PhoneCandidatesTest {

    @Test
    void numbersAsLeafletsWriteThemMayHoldOne() {
        assertThat(PhoneCandidates.mayHoldOne("Appelez le 064 23 48 20.")).isTrue();
        assertThat(PhoneCandidates.mayHoldOne("Call +32 (0)64 23-48-20 any time"))
                .isTrue();
        assertThat(PhoneCandidates.mayHoldOne("tél. : 02\u00A0764\u202F11\u202F11"))
                .isTrue();
        assertThat(PhoneCandidates.mayHoldOne("En cas d'urgence, le 112.")).isTrue();
    }

    @Test
    void textWhoseDigitsAreApartByWordsHoldsNone() {
        assertThat(PhoneCandidates.mayHoldOne("Le risque est de 2 % à 5 %.")).isFalse();
        assertThat(PhoneCandidates.mayHoldOne("Restez 1 jour, revenez après 2 semaines."))
                .isFalse();
        assertThat(PhoneCandidates.mayHoldOne("Aucun chiffre")).isFalse();
    }
}
