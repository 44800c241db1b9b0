package org.patientleaflets.render;

import org.patientleaflets.content.Characters;

/**
 * French spacing rules: a narrow no-break space before {@code ; ! ?} and {@code %}, a no-break space before
 * {@code :} and inside « guillemets », so that punctuation never starts a line.
 */
public final class FrenchTypography {

    static final char NO_BREAK_SPACE = '\u00A0';
    static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private static final String PUNCTUATION = ";!?:«»%";
    private static final String HIGH_PUNCTUATION = ";!?";

    private FrenchTypography() {}

    // Each rule is one pass over the characters rather than a pattern: this runs on every piece of French text
    // of every page, and the patterns were a fifth of the time taken to render a page.
    public static String apply(String text) {
        if (!Characters.anyMatch(text, c -> PUNCTUATION.indexOf(c) >= 0)) {
            return text;
        }
        String spaced = spaceBeforeHighPunctuation(text);
        spaced = noSpaceUnlessAfterWord(spaced);
        spaced = spaceBeforeColon(spaced);
        spaced = spaceAfterOpeningQuote(spaced);
        spaced = spaceBeforePercent(spaced);
        return spaceBeforeClosingQuote(spaced);
    }

    /** Whatever spaces come before {@code ; ! ?}, or none, become one narrow no-break space. */
    private static String spaceBeforeHighPunctuation(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (HIGH_PUNCTUATION.indexOf(c) >= 0) {
                trimSpaces(out);
                out.append(NARROW_NO_BREAK_SPACE);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Only after a word: "?!" or a line starting with "?" needs no space before. */
    private static String noSpaceUnlessAfterWord(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean beforeHighPunctuation = c == NARROW_NO_BREAK_SPACE
                    && i + 1 < text.length()
                    && HIGH_PUNCTUATION.indexOf(text.charAt(i + 1)) >= 0;
            if (!beforeHighPunctuation || afterWord(text, i)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean afterWord(String text, int i) {
        if (i == 0) {
            return false;
        }
        int before = text.codePointBefore(i);
        return Character.isLetter(before) || isNumber(before) || before == ')' || before == '»';
    }

    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Spaces before {@code :}, when there are any, become one no-break space. */
    private static String spaceBeforeColon(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' && out.length() > 0 && isSpace(out.charAt(out.length() - 1))) {
                trimSpaces(out);
                out.append(NO_BREAK_SPACE);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whatever spaces come after «, or none, become one no-break space. */
    private static String spaceAfterOpeningQuote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            out.append(c);
            if (c == '«') {
                out.append(NO_BREAK_SPACE);
                while (i < text.length() && isSpace(text.charAt(i))) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** A space or no-break space between a digit and {@code %} becomes a narrow no-break space. */
    private static String spaceBeforePercent(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            if ((c == ' ' || c == NO_BREAK_SPACE) && text.charAt(i + 1) == '%' && before >= '0' && before <= '9') {
                out.setCharAt(i, NARROW_NO_BREAK_SPACE);
            }
        }
        return out.toString();
    }

    /** Whatever spaces come before », or none, become one no-break space. */
    private static String spaceBeforeClosingQuote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '»') {
                trimSpaces(out);
                out.append(NO_BREAK_SPACE);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void trimSpaces(StringBuilder out) {
        int end = out.length();
        while (end > 0 && isSpace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == NO_BREAK_SPACE || c == NARROW_NO_BREAK_SPACE;
    }
}
