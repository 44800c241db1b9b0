package org.patientleaflets.check;

import java.util.List;
import org.patientleaflets.model.Content;

/** The same risk, at the same place of the risks section, gets the same frequency word in every language. */
public final class RiskFrequencyParityRule implements LeafletRule {

    @Override
    public String id() {
        return "risk-frequency-parity";
    }

    @Override
    public String description() {
        return "A translation calls each risk as frequent as its source text does, item by item.";
    }

    @Override
    public void check(Content content, Findings findings) {
        for (TranslationPair pair : TranslationPair.of(content)) {
            List<RiskStatements.Statement> source = RiskStatements.of(content, pair.original());
            List<RiskStatements.Statement> translated = RiskStatements.of(content, pair.translation());
            for (int i = 0; i < Math.min(source.size(), translated.size()); i++) {
                RiskStatements.Statement original = source.get(i);
                for (RiskStatements.Word word : translated.get(i).words()) {
                    original.words().stream()
                            .filter(other -> other.band() != word.band())
                            .findFirst()
                            .ifPresent(other -> findings.error(
                                    word.position(),
                                    "'" + word.written() + "' means "
                                            + word.band().meaning() + ", but the source"
                                            + " text calls this risk '" + other.written() + "' ("
                                            + other.band().meaning() + ", "
                                            + other.position().fileAndLine()
                                            + "): use the word of the same frequency in both languages, '"
                                            + other.band()
                                                    .word(pair.translation().language()) + "'"));
                }
            }
        }
    }
}
