package org.patientleaflets.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as a reader of each language writes them: "1 octobre 2026", "1 October 2026". */
final class ReaderDates {

    private ReaderDates() {}

    static String format(LocalDate date, String language) {
        Locale locale = "en".equals(language) ? Locale.UK : Locale.forLanguageTag(language);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    /** The language's own name, capitalised as in a language menu: "Français", "English". */
    static String languageName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
