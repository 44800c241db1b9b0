package org.patientleaflets.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharactersTest {

    @Test
    void countsEachOccurrenceOfACharacter() {
        assertThat(Characters.count("fr/demo/history/index.html", '/')).isEqualTo(3);
        assertThat(Characters.count("index.html", '/')).isZero();
    }

    @Test
    void looksOnlyBetweenTheBoundsItIsGiven() {
        String line = "Appelez le 064 23 48 20.";

        assertThat(Characters.anyMatch(line, 0, 11, Character::isDigit)).isFalse();
        assertThat(Characters.anyMatch(line, 11, 12, Character::isDigit)).isTrue();
        assertThat(Characters.anyMatch(line, Character::isDigit)).isTrue();
    }
}
