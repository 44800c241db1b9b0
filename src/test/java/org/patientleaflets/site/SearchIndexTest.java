package org.patientleaflets.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void writesTextAsAStringLiteralThatJsonAndJavaScriptBothRead() {
        assertThat(SearchIndex.string("a \"b\" \\ c\nd\u2028e\u0001"))
                .isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\u2028e\\u0001\"");
    }

    @Test
    void joinsTheLinesOfASectionWithOneSpaceBetweenWordsKeepingNoBreakSpaces() {
        assertThat(SearchIndex.oneSpaceBetweenWords(" Un  hématome\n\n\tpeut\u00A0survenir\u202F!\r\n"))
                .isEqualTo(" Un hématome peut\u00A0survenir\u202F! ");
        assertThat(SearchIndex.oneSpaceBetweenWords("")).isEmpty();
    }

    @Test
    void keepsAccentsAndTypographicSpacesAsTheyAre() {
        assertThat(SearchIndex.string("Quels sont les risques\u202F?")).isEqualTo("\"Quels sont les risques\u202F?\"");
    }
}
