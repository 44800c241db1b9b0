package org.patientleaflets.check;

import java.util.List;
import org.patientleaflets.config.RequiredSection;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Section;
import org.patientleaflets.model.SourcePosition;

/**
 * A translation has as many {@code ##} sections as its source, in the same order, with each required
 * section at the same place: the patient reading either language then gets the same text section by
 * section, and the numeric-parity rule can compare the sections one for one.
 */
public final class SectionParityRule implements LeafletRule {

    static final String ID = "section-parity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A translation has its source's sections, in the same order.";
    }

    @Override
    public void check(Content content, Findings findings) {
        List<RequiredSection> required = content.settings().requiredSections();
        TranslationPair.of(content).forEach(pair -> check(pair.original(), pair.translation(), required, findings));
    }

    private static void check(
            LeafletText original, LeafletText translation, List<RequiredSection> required, Findings findings) {
        int expected = original.sections().size();
        int actual = translation.sections().size();
        String sourceName = Languages.name(original.language());
        if (actual > expected) {
            findings.error(
                    translation.sections().get(expected).position(),
                    "this section has no counterpart in the " + sourceName + " text: " + original.path() + " has "
                            + sections(expected) + " and this text " + actual + "; translate the sections one for"
                            + " one, in the same order");
        } else if (actual < expected) {
            findings.error(
                    SourcePosition.startOf(translation.file()),
                    "this text has " + sections(actual) + " but " + original.path() + " has " + expected
                            + "; translate each section of the " + sourceName + " text, in the same order");
        } else {
            required.forEach(section -> checkPlace(original, translation, section, findings));
        }
    }

    /**
     * Whether the sections of a translation can be compared one for one with its source's: as many, with
     * each required section at the same place.
     */
    static boolean aligned(LeafletText original, LeafletText translation, List<RequiredSection> required) {
        return original.sections().size() == translation.sections().size()
                && required.stream().allMatch(section -> indexOf(original, section) == indexOf(translation, section));
    }

    private static void checkPlace(
            LeafletText original, LeafletText translation, RequiredSection required, Findings findings) {
        int inSource = indexOf(original, required);
        int inTranslation = indexOf(translation, required);
        if (inSource >= 0 && inTranslation >= 0 && inSource != inTranslation) {
            Section sourceSection = original.sections().get(inSource);
            findings.error(
                    translation.sections().get(inTranslation).position(),
                    "the " + required.id() + " section is section " + (inTranslation + 1) + " here but section "
                            + (inSource + 1) + " in the " + Languages.name(original.language()) + " text ("
                            + sourceSection.position().fileAndLine() + "): put the sections in the order of the "
                            + Languages.name(original.language()) + " text");
        }
    }

    private static int indexOf(LeafletText text, RequiredSection required) {
        List<Section> sections = text.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (required.matches(sections.get(i), text.language())) {
                return i;
            }
        }
        return -1;
    }

    private static String sections(int count) {
        return count + (count == 1 ? " section" : " sections");
    }
}
