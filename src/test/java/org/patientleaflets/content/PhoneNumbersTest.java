package org.patientleaflets.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Phone numbers are found however leaflets write them, and text that cannot hold one is passed over. */
class PhoneNumbersTest {

    private final PhoneNumbers belgian = new PhoneNumbers("BE");

    @Test
    void numbersAsLeafletsWriteThemAreFoundWithTheirPlace() {
        assertThat(belgian.in("Appelez le 064 23 48 20."))
                .containsExactly(new PhoneNumbers.Found(11, 23, "064 23 48 20", "+3264234820"));
        assertThat(belgian.in("Call +32 64 23-48-20 any time"))
                .extracting(PhoneNumbers.Found::e164)
                .containsExactly("+3264234820");
        assertThat(belgian.in("tél. : 02 764 11 11"))
                .extracting(PhoneNumbers.Found::e164)
                .containsExactly("+3227641111");
    }

    @Test
    void withoutARegionOnlyNumbersWithTheirCountryCodeAreFound() {
        PhoneNumbers anywhere = new PhoneNumbers(null);

        assertThat(anywhere.region()).isEqualTo(PhoneNumbers.NO_REGION);
        assertThat(anywhere.in("064 23 48 20")).isEmpty();
        assertThat(anywhere.in("+32 64 23 48 20")).hasSize(1);
    }

    @Test
    void textWhoseDigitsAreApartByWordsCannotHoldOne() {
        assertThat(PhoneNumbers.mayHoldOne("En cas d'urgence, le 112.")).isTrue();
        assertThat(PhoneNumbers.mayHoldOne("Le risque est de 2 % à 5 %.")).isFalse();
        assertThat(PhoneNumbers.mayHoldOne("Restez 1 jour, revenez après 2 semaines."))
                .isFalse();
        assertThat(PhoneNumbers.mayHoldOne("Aucun chiffre")).isFalse();
    }
}
