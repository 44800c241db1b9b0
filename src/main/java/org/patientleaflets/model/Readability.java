package org.patientleaflets.model;

import java.util.List;
import java.util.Optional;

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

    private static final String FRENCH_VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ";
    private static final String ENGLISH_VOWELS = "aeiouy";
    /** Marks that end a sentence when whitespace or the end of the text follows them. */
    private static final String SENTENCE_MARKS = ".!?…";
    /** Characters that join two runs of letters into one word: l'hôpital, aujourd’hui, peut-être. */
    private static final String WORD_JOINERS = "'’-";

    private static final boolean[] FRENCH_VOWEL = table(FRENCH_VOWELS);
    private static final boolean[] ENGLISH_VOWEL = table(ENGLISH_VOWELS);

    private Readability() {}

    /**
     * The score of a text's sections, or empty for a language without a formula or a text without words.
     * Worked out once, as the text is read: {@link LeafletText#readability()} holds it.
     */
    static Optional<Score> of(List<Section> sections, String language) {
        int length = Math.max(0, sections.size() - 1);
        for (Section section : sections) {
            length += section.plainText().length();
        }
        char[] text = new char[length];
        int at = 0;
        for (Section section : sections) {
            if (at > 0) {
                text[at++] = '\n';
            }
            String plain = section.plainText();
            plain.getChars(0, plain.length(), text, at);
            at += plain.length();
        }
        return of(text, language);
    }

    /** The score of plain text in {@code language}. */
    public static Optional<Score> of(String plain, String language) {
        return of(plain.toCharArray(), language);
    }

    // Scanned by hand over an array rather than with patterns or String calls: this runs over every character
    // of every text, as each is read.
    private static Optional<Score> of(char[] text, String language) {
        boolean french = "fr".equals(language);
        if (!french && !"en".equals(language)) {
            return Optional.empty();
        }
        boolean[] vowels = french ? FRENCH_VOWEL : ENGLISH_VOWEL;
        // A sentence ends at . ! ? … or at the end of a line, since list items often have no full stop; it
        // counts when it has a word.
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        boolean sentenceHasWord = false;
        int i = 0;
        while (i < text.length) {
            int c = Character.codePointAt(text, i);
            if (isLetter(c)) {
                int end = endOfWord(text, i);
                words++;
                syllables += syllables(text, i, end, vowels, french);
                sentenceHasWord = true;
                i = end;
            } else if (c == '\n' || SENTENCE_MARKS.indexOf(c) >= 0 && endsSentence(text, i)) {
                sentences += sentenceHasWord ? 1 : 0;
                sentenceHasWord = false;
                i += Character.charCount(c);
            } else {
                i += Character.charCount(c);
            }
        }
        sentences += sentenceHasWord ? 1 : 0;
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

    /** Where the word starting at {@code start} ends: runs of letters, joined by an apostrophe or a hyphen. */
    private static int endOfWord(char[] text, int start) {
        int i = endOfLetters(text, start);
        while (i + 1 < text.length
                && WORD_JOINERS.indexOf(text[i]) >= 0
                && isLetter(Character.codePointAt(text, i + 1))) {
            i = endOfLetters(text, i + 1);
        }
        return i;
    }

    private static int endOfLetters(char[] text, int start) {
        int i = start;
        while (i < text.length) {
            int c = Character.codePointAt(text, i);
            if (!isLetter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** Whether the run of sentence marks at {@code i} is followed by whitespace or the end of the text. */
    private static boolean endsSentence(char[] text, int i) {
        int end = i;
        while (end < text.length && SENTENCE_MARKS.indexOf(text[end]) >= 0) {
            end++;
        }
        return end == text.length || " \t\n\u000B\f\r".indexOf(text[end]) >= 0;
    }

    private static int syllables(char[] text, int start, int end, boolean[] vowels, boolean french) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = start; i < end; i++) {
            boolean vowel = isVowel(vowels, Character.toLowerCase(text[i]));
            if (vowel && !inGroup) {
                groups++;
            }
            inGroup = vowel;
        }
        return Math.max(1, endsWithSilentE(text, start, end, french) ? groups - 1 : groups);
    }

    /** A final silent e: French "valve", "valves"; English "made", but not "table". */
    private static boolean endsWithSilentE(char[] text, int start, int end, boolean french) {
        int e = french && end - start >= 2 && lower(text, end - 2) == 'e' && lower(text, end - 1) == 's'
                ? end - 2
                : end - 1;
        if (e < start + 1 || lower(text, e) != 'e') {
            return false;
        }
        char before = lower(text, e - 1);
        return !isVowel(ENGLISH_VOWEL, before) && (french || before != 'l');
    }

    private static char lower(char[] text, int i) {
        return Character.toLowerCase(text[i]);
    }

    /** A look-up table of the given letters, indexed by character. */
    private static boolean[] table(String letters) {
        boolean[] table = new boolean[letters.chars().max().orElse(0) + 1];
        letters.chars().forEach(letter -> table[letter] = true);
        return table;
    }

    /** Whether {@code c} is a letter, answered at once for the ASCII most text is made of. */
    private static boolean isLetter(int c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static boolean isVowel(boolean[] vowels, char c) {
        return c < vowels.length && vowels[c];
    }
}
