package org.patientleaflets.check;

import java.util.Locale;

/** Language names for messages, which are written in English like the rest of the build output. */
final class Languages {

    private Languages() {}

    /** {@code "English"} for {@code "en"}, or the code itself when Java knows no name for it. */
    static String name(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** {@code "English (en)"} for {@code "en"}. */
    static String describe(String code) {
        String name = name(code);
        return name.equals(code) ? code : name + " (" + code + ")";
    }
}
