package org.patientleaflets.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.FrontMatterField;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Section;
import org.patientleaflets.model.TextRun;

/**
 * Every figure of a source section (a percentage, a duration, a count, a decimal, a phone number) appears
 * in the matching section of each translation, and the other way round: a translation that says 3 % where
 * the source says 2 % misinforms the patient. Sections are matched by position, the first {@code ##}
 * section of the translation with the first of the source and so on; when the sections do not line up,
 * the section-parity rule reports that instead. The title and summary, shown on the pages, are compared
 * too.
 */
public final class NumericParityRule implements LeafletRule {

    static final String ID = "numeric-parity";

    /** The front-matter fields readers see on the pages, which carry figures as the sections do. */
    private static final List<String> FIELDS = List.of(FrontMatter.TITLE, FrontMatter.SUMMARY);

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
        // The longest rule on a large site, by far: alone, it kept one core busy for seconds after the
        // other rules were done. Its pairs are compared on every core, their findings kept in pair order.
        TranslationPair.of(content).parallelStream()
                .filter(pair -> SectionParityRule.aligned(
                        pair.original(), pair.translation(), content.settings().requiredSections()))
                .map(pair -> {
                    Findings found = new Findings(ID);
                    check(pair.original(), pair.translation(), figures, found);
                    return found;
                })
                .toList()
                .forEach(findings::addAll);
    }

    private static void check(LeafletText original, LeafletText translation, Figures figures, Findings findings) {
        String sourceName = Languages.name(original.language());
        String translationName = Languages.name(translation.language());
        for (int i = 0; i < original.sections().size(); i++) {
            Section sourceSection = original.sections().get(i);
            Section translatedSection = translation.sections().get(i);
            compare(
                    figures.of(sourceSection.runs(), original.language()),
                    figures.of(translatedSection.runs(), translation.language()),
                    findings,
                    translationName + " translation of this section ("
                            + translatedSection.position().fileAndLine() + ")",
                    sourceName + " text of this section ("
                            + sourceSection.position().fileAndLine() + ")",
                    sourceName);
        }
        for (String key : FIELDS) {
            FrontMatterField sourceField = original.frontMatter().field(key).orElse(null);
            FrontMatterField translatedField =
                    translation.frontMatter().field(key).orElse(null);
            if (sourceField != null && translatedField != null) {
                compare(
                        figures.of(runs(sourceField), original.language()),
                        figures.of(runs(translatedField), translation.language()),
                        findings,
                        translationName + " '" + key + "' ("
                                + translatedField.keyPosition().fileAndLine() + ")",
                        sourceName + " '" + key + "' ("
                                + sourceField.keyPosition().fileAndLine() + ")",
                        sourceName);
            }
        }
    }

    private static void compare(
            List<Figures.Figure> sourceFigures,
            List<Figures.Figure> translatedFigures,
            Findings findings,
            String translatedPart,
            String sourcePart,
            String sourceName) {
        reportMissing(
                sourceFigures,
                translatedFigures,
                findings,
                "does not appear in the " + translatedPart
                        + ": correct the translation, or this text, so that both give the same figure");
        reportMissing(
                translatedFigures,
                sourceFigures,
                findings,
                "does not appear in the " + sourcePart + ": correct the figure here, or in the " + sourceName
                        + " text, so that both give the same figure");
    }

    /** A front-matter value as text with its place; a list or mapping holds no sentence to compare. */
    private static List<TextRun> runs(FrontMatterField field) {
        return field.isScalar() ? List.of(new TextRun(field.value(), field.valuePosition())) : List.of();
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
