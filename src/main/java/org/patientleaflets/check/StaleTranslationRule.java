package org.patientleaflets.check;

import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.FrontMatterField;
import org.patientleaflets.model.LeafletText;

/**
 * A translation translates the current source version: one that says {@code translation-of: 1} while the
 * source is version 2 may still carry figures the source has changed.
 */
public final class StaleTranslationRule implements LeafletRule {

    static final String ID = "stale-translation";

    private final boolean allowed;

    /** @param allowed whether a translation of an earlier version is published with a warning */
    StaleTranslationRule(boolean allowed) {
        this.allowed = allowed;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A translation translates the current version of its source text.";
    }

    @Override
    public void check(Content content, Findings findings) {
        TranslationPair.of(content).forEach(pair -> pair.original()
                .frontMatter()
                .integer(FrontMatter.VERSION)
                .ifPresent(version -> check(pair.original(), version, pair.translation(), findings)));
    }

    private void check(LeafletText original, int version, LeafletText translation, Findings findings) {
        FrontMatter frontMatter = translation.frontMatter();
        frontMatter.integer(FrontMatter.TRANSLATION_OF).ifPresent(translated -> {
            if (translated == version) {
                return;
            }
            FrontMatterField field =
                    frontMatter.field(FrontMatter.TRANSLATION_OF).orElseThrow();
            String source = original.path();
            String message = translated < version
                    ? "this translation is of version " + translated + " but " + source + " is now version " + version
                            + ": bring the translation up to date, then set 'translation-of: " + version + "'"
                    : "'translation-of: " + translated + "' names a version " + source + " has not reached (it is"
                            + " version " + version + "): set 'translation-of: " + version + "'";
            if (allowed && translated < version) {
                findings.warning(
                        field.valuePosition(),
                        message + " (it is published meanwhile because allowStaleTranslations is set)");
            } else {
                findings.error(field.valuePosition(), message);
            }
        });
    }
}
