package org.patientleaflets.check;

import org.patientleaflets.model.Content;

/**
 * Every item of the risks section says how often the risk happens, and a frequency word agrees with the figure
 * beside it, in the sense the European convention gives the words.
 */
public final class RiskFrequencyRule implements LeafletRule {

    @Override
    public String id() {
        return "risk-frequency";
    }

    @Override
    public String description() {
        return "Every risk says how often it happens, with a figure or a frequency word that agrees with it.";
    }

    @Override
    public void check(Content content, Findings findings) {
        content.texts().forEach(text -> RiskStatements.of(content, text).forEach(statement -> {
            if (!statement.saysHowOften()) {
                findings.warning(statement.item().position(), missing(text.language()));
            }
            for (RiskStatements.Word word : statement.words()) {
                statement.figures().stream()
                        .filter(figure -> !word.band().overlaps(figure.from(), figure.to()))
                        .forEach(figure ->
                                findings.error(word.position(), contradiction(word, figure, text.language())));
            }
        }));
    }

    private static String missing(String language) {
        return language.equals("fr")
                ? "this risk does not say how often it happens: add a figure such as (2 %) or (1 sur 100), a"
                        + " frequency word (très fréquent, fréquent, peu fréquent, rare, très rare), or write"
                        + " (fréquence non connue : l'équipe vous l'expliquera)"
                : "this risk does not say how often it happens: add a figure such as (2%) or (1 in 100), a"
                        + " frequency word (very common, common, uncommon, rare, very rare), or write"
                        + " (how often is not known: the team will explain)";
    }

    private static String contradiction(RiskStatements.Word word, RiskStatements.Figure figure, String language) {
        String fitting = figure.from() == figure.to()
                ? "'" + FrequencyBand.of(figure.from()).word(language) + "'"
                : "the word that fits it";
        return "'" + word.written() + "' means " + word.band().meaning() + ", but the figure beside it is '"
                + figure.written() + "': write " + fitting + ", or correct the figure";
    }
}
