package org.patientleaflets.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates as a reader of each language writes them: "1 octobre 2026", "1 October 2026". */
final class ReaderDates {

    /** Each language's formatter, made once rather than for each of the thousands of dates a site shows. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private ReaderDates() {}

    static String format(LocalDate date, String language) {
        return FORMATTERS.computeIfAbsent(language, ReaderDates::formatter).format(date);
    }

    private static DateTimeFormatter formatter(String language) {
        Locale locale = "en".equals(language) ? Locale.UK : Locale.forLanguageTag(language);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The language's own name, capitalised as in a language menu: "Français", "English". */
    static String languageName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
