package org.patientleaflets.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patientleaflets.content.Characters;
import org.patientleaflets.content.PhoneNumbers;
import org.patientleaflets.model.SourcePosition;
import org.patientleaflets.model.TextRun;

/**
 * The figures of a piece of text: numbers, percentages and phone numbers, each with a key that is the same
 * however a language writes it ({@code 2,05} and {@code 2.05}; {@code 15 000} and {@code 15,000};
 * {@code 2 %} and {@code 2%}; {@code 064 23 48 20} and {@code +32 64 23 48 20}).
 */
final class Figures {

    /**
     * One figure as written.
     *
     * @param key the figure's value, the same in every language
     * @param written the figure as the text writes it
     * @param position where it starts
     */
    record Figure(String key, String written, SourcePosition position) {}

    /** Languages that write a decimal point and may group thousands with commas; the others write a decimal comma. */
    private static final Set<String> DECIMAL_POINT_LANGUAGES = Set.of("en");

    /** Spaces that group thousands or come before {@code %}: space, no-break, narrow no-break and thin space. */
    private static final String SPACE = "[ \\u00A0\\u202F\\u2009]";

    // A number grouped by thousands starts with one to three digits, and each group has exactly three, so
    // that a year next to a number ("en 2017 500 patients") stays two figures.
    private static final String GROUPS = "(?:%s[0-9]{3}(?![0-9]))+";
    private static final Pattern DECIMAL_COMMA = number(SPACE, "[.,]");
    private static final Pattern DECIMAL_POINT = number("(?:,|" + SPACE + ")", "\\.");

    private final PhoneNumbers phones;

    Figures(String region) {
        this.phones = new PhoneNumbers(region);
    }

    private static Pattern number(String groupSeparator, String decimalSeparator) {
        return Pattern.compile("(?<![0-9.,])(?:[0-9]{1,3}" + GROUPS.formatted(groupSeparator) + "|[0-9]+)(?:"
                + decimalSeparator + "[0-9]+)?(?:" + SPACE + "?%)?");
    }

    /** The figures of the runs, in reading order; each run is searched alone, as no figure spans two. */
    List<Figure> of(List<TextRun> runs, String language) {
        Pattern pattern = DECIMAL_POINT_LANGUAGES.contains(language) ? DECIMAL_POINT : DECIMAL_COMMA;
        List<Figure> figures = new ArrayList<>();
        for (TextRun run : runs) {
            // Most runs are words alone: the matchers below are costly enough to skip them.
            if (!Characters.anyMatch(run.source(), run.from(), run.to(), Character::isDigit)) {
                continue;
            }
            String text = run.text();
            StringBuilder numbers = new StringBuilder(text);
            for (PhoneNumbers.Found phone : phones.in(text)) {
                figures.add(new Figure("tel:" + phone.e164(), phone.written(), run.at(phone.start())));
                // Blanked so that the digits of a phone number are not also read as numbers.
                numbers.replace(phone.start(), phone.end(), " ".repeat(phone.end() - phone.start()));
            }
            Matcher matcher = pattern.matcher(numbers);
            while (matcher.find()) {
                String written = matcher.group();
                figures.add(new Figure(key(written, pattern), written, run.at(matcher.start())));
            }
        }
        figures.sort(Comparator.comparingInt((Figure f) -> f.position().line())
                .thenComparingInt(f -> f.position().column()));
        return figures;
    }

    private static String key(String written, Pattern pattern) {
        boolean percent = written.endsWith("%");
        String digits = percent ? written.substring(0, written.length() - 1) : written;
        digits = digits.replaceAll(SPACE, "");
        digits = pattern == DECIMAL_POINT ? digits.replace(",", "") : digits.replace(',', '.');
        String value = new BigDecimal(digits).stripTrailingZeros().toPlainString();
        return percent ? value + "%" : value;
    }
}
