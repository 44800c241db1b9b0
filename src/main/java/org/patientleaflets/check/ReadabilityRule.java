package org.patientleaflets.check;

import java.util.Locale;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.SourcePosition;

/**
 * Warns about a text harder to read than the level {@code site.yaml} sets for its language, since patients
 * read these texts before consenting, often anxious and without medical training.
 */
public final class ReadabilityRule implements LeafletRule {

    static final String ID = "readability";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A text is not harder to read than the level set for its language.";
    }

    @Override
    public void check(Content content, Findings findings) {
        content.texts().forEach(text -> text.readability().ifPresent(score -> {
            Double level = content.settings().readability().get(text.language());
            if (level != null && score.score() < level) {
                findings.warning(
                        SourcePosition.startOf(text.file()),
                        String.format(
                                Locale.ROOT,
                                "the text is hard to read: its %s score is %.1f (%.1f words per sentence, %.2f"
                                        + " syllables per word), below the %s level of %.0f: write shorter"
                                        + " sentences and plainer words, or change 'readability' in site.yaml",
                                score.formula(),
                                score.score(),
                                score.wordsPerSentence(),
                                score.syllablesPerWord(),
                                Languages.name(text.language()),
                                level));
            }
        }));
    }
}
