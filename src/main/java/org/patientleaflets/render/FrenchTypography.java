package org.patientleaflets.render;

import java.util.regex.Pattern;

/**
 * French spacing rules: a narrow no-break space before {@code ; ! ?} and {@code %}, a no-break space before
 * {@code :} and inside « guillemets », so that punctuation never starts a line.
 */
public final class FrenchTypography {

    static final char NO_BREAK_SPACE = '\u00A0';
    static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private static final Pattern BEFORE_HIGH_PUNCTUATION = Pattern.compile("[ \\u00A0\\u202F]*([;!?])");
    private static final Pattern BEFORE_COLON = Pattern.compile("[ \\u00A0\\u202F]+:");
    private static final Pattern AFTER_OPENING_QUOTE = Pattern.compile("«[ \\u00A0\\u202F]*");
    private static final Pattern BEFORE_CLOSING_QUOTE = Pattern.compile("[ \\u00A0\\u202F]*»");
    private static final Pattern BEFORE_PERCENT = Pattern.compile("(?<=\\d)[ \\u00A0]%");

    // Only after a word: "?!" or a line starting with "?" needs no space before.
    private static final Pattern NOT_AFTER_WORD =
            Pattern.compile("(?<![\\p{L}\\p{N})»])" + NARROW_NO_BREAK_SPACE + "([;!?])");

    private static final String PUNCTUATION = ";!?:«»%";

    private FrenchTypography() {}

    public static String apply(String text) {
        if (text.chars().noneMatch(c -> PUNCTUATION.indexOf(c) >= 0)) {
            return text;
        }
        String spaced = BEFORE_HIGH_PUNCTUATION.matcher(text).replaceAll(NARROW_NO_BREAK_SPACE + "$1");
        spaced = NOT_AFTER_WORD.matcher(spaced).replaceAll("$1");
        spaced = BEFORE_COLON.matcher(spaced).replaceAll(NO_BREAK_SPACE + ":");
        spaced = AFTER_OPENING_QUOTE.matcher(spaced).replaceAll("«" + NO_BREAK_SPACE);
        spaced = BEFORE_PERCENT.matcher(spaced).replaceAll(NARROW_NO_BREAK_SPACE + "%");
        return BEFORE_CLOSING_QUOTE.matcher(spaced).replaceAll(NO_BREAK_SPACE + "»");
    }
}
