package org.patientleaflets.check;

import java.util.Locale;

/** Language names for messages, which are written in English like the rest of the build output. */
final class Languages {

    private Languages() {}

    /** {@code "English (en)"} for {@code "en"}. */
    static String describe(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
