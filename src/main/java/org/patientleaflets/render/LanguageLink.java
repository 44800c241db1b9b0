package org.patientleaflets.render;

/**
 * A link to the same page in a language.
 *
 * @param language the language code, used for {@code hreflang} and {@code lang}
 * @param label the language's name in that language, such as "Français"
 * @param href the relative address of the page in that language
 * @param current whether this is the language of the page that shows the link
 */
public record LanguageLink(String language, String label, String href, boolean current) {}
