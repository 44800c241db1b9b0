package org.patientleaflets.check;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Section;

/**
 * How easy a text is to read, by the formula made for its language: Kandel &amp; Moles for French, Flesch
 * Reading Ease for English. Both score about 0 (very hard) to 100 (very easy); other languages get none.
 * Syllables are counted from groups of vowels, a close estimate rather than a dictionary's count.
 */
public final class Readability {

    /**
     * One text's score.
     *
     * @param formula the formula's name
     * @param score the score, higher is easier
     * @param sentences how many sentences the text has
     * @param words how many words
     * @param syllables how many syllables, estimated
     */
    public record Score(String formula, double score, int sentences, int words, int syllables) {

        public double wordsPerSentence() {
            return (double) words / sentences;
        }

        public double syllablesPerWord() {
            return (double) syllables / words;
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");
    // A sentence ends at . ! ? … or at the end of a line, since list items often have no full stop.
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(?=\\s|$)|\\n");
    private static final String FRENCH_VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ";
    private static final String ENGLISH_VOWELS = "aeiouy";

    private Readability() {}

    /** The score of a text's sections, or empty for a language without a formula or a text without words. */
    public static Optional<Score> of(LeafletText text) {
        String plain = text.sections().stream().map(Section::plainText).collect(Collectors.joining("\n"));
        return of(plain, text.language());
    }

    static Optional<Score> of(String plain, String language) {
        boolean french = "fr".equals(language);
        if (!french && !"en".equals(language)) {
            return Optional.empty();
        }
        int sentences = 0;
        for (String sentence : SENTENCE_END.split(plain)) {
            if (WORD.matcher(sentence).find()) {
                sentences++;
            }
        }
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(plain);
        while (word.find()) {
            words++;
            syllables += syllables(word.group().toLowerCase(Locale.ROOT), french);
        }
        if (words == 0) {
            return Optional.empty();
        }
        double perSentence = (double) words / sentences;
        double perWord = (double) syllables / words;
        return Optional.of(
                french
                        ? new Score(
                                "Kandel & Moles",
                                207 - 1.015 * perSentence - 73.6 * perWord,
                                sentences,
                                words,
                                syllables)
                        : new Score(
                                "Flesch Reading Ease",
                                206.835 - 1.015 * perSentence - 84.6 * perWord,
                                sentences,
                                words,
                                syllables));
    }

    // Scanned by hand rather than with patterns: this runs for every word of every text.
    private static int syllables(String word, boolean french) {
        String vowels = french ? FRENCH_VOWELS : ENGLISH_VOWELS;
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = vowels.indexOf(word.charAt(i)) >= 0;
            if (vowel && !inGroup) {
                groups++;
            }
            inGroup = vowel;
        }
        return Math.max(1, endsWithSilentE(word, french) ? groups - 1 : groups);
    }

    /** A final silent e: French "valve", "valves"; English "made", but not "table". */
    private static boolean endsWithSilentE(String word, boolean french) {
        int e = french && word.endsWith("es") ? word.length() - 2 : word.length() - 1;
        if (e < 1 || word.charAt(e) != 'e') {
            return false;
        }
        char before = word.charAt(e - 1);
        return ENGLISH_VOWELS.indexOf(before) < 0 && (french || before != 'l');
    }
}
