package org.patientleaflets.check;

import java.util.List;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.LeafletText;

/**
 * A translation with the source text it translates, for the rules that compare the two.
 *
 * @param original the text in the site's source language
 * @param translation a text of the same leaflet in another language
 */
record TranslationPair(LeafletText original, LeafletText translation) {

    /** Every translation that has a source text, leaflet by leaflet. */
    static List<TranslationPair> of(Content content) {
        String source = content.settings().sourceLanguage();
        return content.leaflets().stream()
                .flatMap(leaflet -> leaflet.text(source).stream().flatMap(original -> leaflet.texts().values().stream()
                        .filter(text -> !text.language().equals(source))
                        .map(translation -> new TranslationPair(original, translation))))
                .toList();
    }
}
