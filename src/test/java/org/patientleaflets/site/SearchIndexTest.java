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
    void keepsAccentsAndTypographicSpacesAsTheyAre() {
        assertThat(SearchIndex.string("Quels sont les risques\u202F?")).isEqualTo("\"Quels sont les risques\u202F?\"");
    }
}
