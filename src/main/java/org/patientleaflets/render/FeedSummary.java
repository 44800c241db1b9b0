package org.patientleaflets.render;

import java.util.List;

/**
 * The summary of one version in the Atom feed, plain text.
 *
 * @param language the feed's language code, which the fixed words are chosen by
 * @param text what the version changed, or the leaflet's summary
 * @param newRisks the risks the version adds to the one before it
 */
public record FeedSummary(String language, String text, List<String> newRisks) {

    public FeedSummary {
        newRisks = List.copyOf(newRisks);
    }
}
