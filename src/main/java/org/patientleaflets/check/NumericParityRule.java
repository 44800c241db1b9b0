package org.patientleaflets.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Section;

/**
 * Every figure of a source section (a percentage, a duration, a count, a decimal, a phone number) appears
 * in the matching section of each translation, and the other way round: a translation that says 3 % where
 * the source says 2 % misinforms the patient. Sections are matched by position, the first {@code ##}
 * section of the translation with the first of the source and so on; when the sections do not line up,
 * the section-parity rule reports that instead.
 */
public final class NumericParityRule implements Rule {

    static final String ID = "numeric-parity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every figure of a source section appears in the matching section of each translation, and the other way round.";
    }

    @Override
    public void check(Content content, Findings findings) {
        Figures figures = new Figures(content.settings().phoneRegion());
        TranslationPair.of(content).stream()
                .filter(pair -> SectionParityRule.aligned(
                        pair.original(), pair.translation(), content.settings().requiredSections()))
                .forEach(pair -> check(pair.original(), pair.translation(), figures, findings));
    }

    private static void check(LeafletText original, LeafletText translation, Figures figures, Findings findings) {
        for (int i = 0; i < original.sections().size(); i++) {
            Section sourceSection = original.sections().get(i);
            Section translatedSection = translation.sections().get(i);
            List<Figures.Figure> sourceFigures = figures.of(sourceSection, original.language());
            List<Figures.Figure> translatedFigures = figures.of(translatedSection, translation.language());
            reportMissing(
                    sourceFigures,
                    translatedFigures,
                    findings,
                    "does not appear in the " + Languages.name(translation.language())
                            + " translation of this section ("
                            + translatedSection.position().fileAndLine()
                            + "): correct the translation, or this text, so that both give the same figure");
            reportMissing(
                    translatedFigures,
                    sourceFigures,
                    findings,
                    "does not appear in the " + Languages.name(original.language()) + " text of this section ("
                            + sourceSection.position().fileAndLine() + "): correct the figure here, or in the "
                            + Languages.name(original.language()) + " text, so that both give the same figure");
        }
    }

    /** Reports each figure of {@code these} whose value {@code others} lack, once per value. */
    private static void reportMissing(
            List<Figures.Figure> these, List<Figures.Figure> others, Findings findings, String message) {
        Set<String> present = new HashSet<>();
        others.forEach(figure -> present.add(figure.key()));
        Set<String> reported = new HashSet<>();
        for (Figures.Figure figure : these) {
            if (!present.contains(figure.key()) && reported.add(figure.key())) {
                findings.error(figure.position(), "'" + figure.written() + "' " + message);
            }
        }
    }
}
