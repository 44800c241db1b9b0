package org.patientleaflets.proofread;

import java.util.List;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.SourcePosition;

/** Checks the spelling and grammar of texts; {@link LanguageTool} gives one that LanguageTool does the work of. */
public interface Proofreader {

    /**
     * A possible mistake in a text.
     *
     * @param position where it starts
     * @param found the characters the proofreader marked, as written in the file
     * @param message the proofreader's explanation, in the text's language
     * @param suggestions its first suggested replacements, the likeliest first
     * @param ruleId the rule that found it, which {@code proofreadIgnore} can silence
     * @param spelling whether it is an unknown word, which a dictionary entry can accept
     */
    record Mistake(
            SourcePosition position,
            String found,
            String message,
            List<String> suggestions,
            String ruleId,
            boolean spelling) {

        public Mistake {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** Whether the proofreader has a dictionary and grammar for a language of the site. */
    boolean supports(String language);

    /** The possible mistakes of the texts in the languages this proofreader supports, text by text. */
    List<Mistake> check(List<LeafletText> texts);
}
