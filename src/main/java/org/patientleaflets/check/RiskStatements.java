package org.patientleaflets.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patientleaflets.config.RequiredSection;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.ListItem;
import org.patientleaflets.model.Section;
import org.patientleaflets.model.SourcePosition;
import org.patientleaflets.model.TextRun;

/** What the items of a text's risks section say about how often each risk happens. */
final class RiskStatements {

    static final String RISKS = "risks";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FRENCH_WORD =
            Pattern.compile("(?<!\\p{L})(?:(?:très|peu)[ \\u00A0])?(?:fréquent|rare)(?:e|s|es)?(?!\\p{L})", FLAGS);
    private static final Pattern ENGLISH_WORD =
            Pattern.compile("(?<!\\p{L})(?:(?:very)[ \\u00A0])?(?:uncommon|common|rare)(?!\\p{L})", FLAGS);
    private static final Pattern FRENCH_UNKNOWN =
            Pattern.compile("fréquence[ \\u00A0](?:non[ \\u00A0]connue|indéterminée|inconnue)", FLAGS);
    private static final Pattern ENGLISH_UNKNOWN = Pattern.compile(
            "how[ \\u00A0]often[ \\u00A0]is[ \\u00A0]not[ \\u00A0]known|frequency[ \\u00A0](?:is[ \\u00A0])?(?:not[ \\u00A0]known|unknown)",
            FLAGS);
    private static final Pattern PERCENT =
            Pattern.compile("([<>≤≥]?)[ \\u00A0\\u202F]?(\\d+(?:[.,]\\d+)?)[ \\u00A0\\u202F]?%");
    private static final Pattern ONE_IN = Pattern.compile(
            "(\\d+)[ \\u00A0\\u202F]?(?:sur|in|/)[ \\u00A0\\u202F]?(\\d{1,3}(?:[ \\u00A0\\u202F,]\\d{3})*)", FLAGS);

    private RiskStatements() {}

    /**
     * A frequency word as written.
     *
     * @param band the band it names
     * @param written the words as written
     * @param position where they are
     */
    record Word(FrequencyBand band, String written, SourcePosition position) {}

    /**
     * A figure saying how often, as the range of shares of patients it allows.
     *
     * @param from the lowest share it allows
     * @param to the highest share it allows
     * @param written the figure as written
     */
    record Figure(double from, double to, String written) {}

    /**
     * What one risk item says of its frequency.
     *
     * @param item the item
     * @param words the frequency words it uses
     * @param figures the figures it gives
     * @param unknown whether it says that its frequency is not known
     */
    record Statement(ListItem item, List<Word> words, List<Figure> figures, boolean unknown) {

        boolean saysHowOften() {
            return unknown || !words.isEmpty() || !figures.isEmpty();
        }
    }

    /** The risk items of a text, in order; none when the site has no risks section or the text's language no words. */
    static List<Statement> of(Content content, LeafletText text) {
        if (!knowsWords(text.language())) {
            return List.of();
        }
        return items(content, text).stream()
                .map(item -> statement(item, text.language()))
                .toList();
    }

    /** The items of the lists of a text's risks section, in order; none when the site has no risks section. */
    static List<ListItem> items(Content content, LeafletText text) {
        Optional<RequiredSection> risks = content.settings().requiredSections().stream()
                .filter(section -> section.id().equals(RISKS))
                .findFirst();
        return risks.flatMap(required -> text.sections().stream()
                        .filter(section -> required.matches(section, text.language()))
                        .findFirst())
                .map(Section::items)
                .orElse(List.of());
    }

    /** The text with every statement of how often removed: what is left names the risk. */
    static String withoutFrequency(String text, String language) {
        if (!knowsWords(language)) {
            return text;
        }
        boolean french = language.equals("fr");
        String left = (french ? FRENCH_UNKNOWN : ENGLISH_UNKNOWN).matcher(text).replaceAll(" ");
        left = (french ? FRENCH_WORD : ENGLISH_WORD).matcher(left).replaceAll(" ");
        left = ONE_IN.matcher(left).replaceAll(" ");
        return PERCENT.matcher(left).replaceAll(" ");
    }

    private static boolean knowsWords(String language) {
        return language.equals("fr") || language.equals("en");
    }

    private static Statement statement(ListItem item, String language) {
        boolean french = language.equals("fr");
        List<Word> words = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        boolean unknown = false;
        for (TextRun run : item.runs()) {
            Matcher word = (french ? FRENCH_WORD : ENGLISH_WORD).matcher(run.text());
            while (word.find()) {
                words.add(new Word(FrequencyBand.ofWord(word.group(), language), word.group(), run.at(word.start())));
            }
            unknown |= (french ? FRENCH_UNKNOWN : ENGLISH_UNKNOWN)
                    .matcher(run.text())
                    .find();
            figures.addAll(figures(run.text()));
        }
        return new Statement(item, words, figures, unknown);
    }

    private static List<Figure> figures(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher percent = PERCENT.matcher(text);
        while (percent.find()) {
            double share = Double.parseDouble(percent.group(2).replace(',', '.')) / 100;
            figures.add(bounded(percent.group(1), share, percent.group().strip()));
        }
        Matcher oneIn = ONE_IN.matcher(text);
        while (oneIn.find()) {
            double share = Double.parseDouble(oneIn.group(1))
                    / Double.parseDouble(oneIn.group(2).replaceAll("\\D", ""));
            figures.add(new Figure(share, share, oneIn.group()));
        }
        return figures;
    }

    private static Figure bounded(String comparison, double share, String written) {
        return switch (comparison) {
            case "<", "≤" -> new Figure(0, share, written);
            case ">", "≥" -> new Figure(share, 1, written);
            default -> new Figure(share, share, written);
        };
    }
}
