package org.patientleaflets.check;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patientleaflets.config.LanguageToolJars;
import org.patientleaflets.content.DictionaryReader;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.SourcePosition;
import org.patientleaflets.proofread.LanguageTool;
import org.patientleaflets.proofread.LanguageToolUnavailableException;
import org.patientleaflets.proofread.Proofreader;

/**
 * Warns about possible spelling and grammar mistakes, found by LanguageTool, when {@code site.yaml} or the
 * build asks for proofreading. A build without it never loads LanguageTool, which takes seconds, nor fetches it
 * when the caller keeps it off the class path; a build with it that cannot have LanguageTool is an error.
 */
public final class ProofreadingRule implements LeafletRule {

    static final String ID = "proofreading";

    private static final String SITE_SETTINGS = "site.yaml";

    private final boolean requested;
    private final Path contentDirectory;
    private final LanguageToolJars languageTool;

    /**
     * @param requested whether the build asks for proofreading whatever {@code site.yaml} says
     * @param contentDirectory the content folder as messages show it, where the dictionaries are
     * @param languageTool where LanguageTool is found, when proofreading is on
     */
    public ProofreadingRule(boolean requested, Path contentDirectory, LanguageToolJars languageTool) {
        this.requested = requested;
        this.contentDirectory = contentDirectory;
        this.languageTool = languageTool;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Spelling and grammar, checked by LanguageTool when proofreading is on.";
    }

    @Override
    public void check(Content content, Findings findings) {
        if (!requested && !content.settings().proofread()) {
            return;
        }
        Proofreader proofreader;
        try {
            proofreader = LanguageTool.proofreader(content, languageTool);
        } catch (LanguageToolUnavailableException e) {
            // Where proofreading is switched on for the site; the build parameter has no place of its own.
            findings.error(
                    SourcePosition.startOf(contentDirectory.resolve(SITE_SETTINGS)),
                    e.getMessage() + "; no text was proofread");
            return;
        }
        List<LeafletText> texts = content.texts();
        for (LeafletText text : texts) {
            if (!proofreader.supports(text.language())) {
                findings.warning(
                        SourcePosition.startOf(text.file()),
                        "the text is not proofread: LanguageTool has no dictionary for "
                                + Languages.describe(text.language()));
            }
        }
        Map<Path, String> languages = new HashMap<>();
        texts.forEach(text -> languages.put(text.file(), text.language()));
        for (Proofreader.Mistake mistake : proofreader.check(texts)) {
            findings.warning(
                    mistake.position(),
                    message(mistake, languages.get(mistake.position().file())));
        }
    }

    private String message(Proofreader.Mistake mistake, String language) {
        StringBuilder message = new StringBuilder()
                .append('\'')
                .append(mistake.found())
                .append("': ")
                .append(mistake.message().strip());
        if (!mistake.suggestions().isEmpty()) {
            message.append(" Suggestions: ")
                    .append(String.join(", ", mistake.suggestions()))
                    .append('.');
        }
        if (mistake.spelling()) {
            Path dictionary = contentDirectory.resolve(DictionaryReader.fileName(language));
            message.append(" Correct the word, or add it to ")
                    .append(SourcePosition.startOf(dictionary).path())
                    .append(" if it is a correct term");
        } else {
            message.append(" Correct the text, or add ")
                    .append(mistake.ruleId())
                    .append(" to proofreadIgnore in site.yaml to turn this check off for the whole site");
        }
        return message.append(" (").append(mistake.ruleId()).append(')').toString();
    }
}
