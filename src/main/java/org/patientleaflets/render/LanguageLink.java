package org.patientleaflets.render;

/**
 * A link to the same page in a language.
 *
 * @param language the language code, used for {@code hreflang} and {@code lang}
 * @param label the language's name in that language, such as "Français"
 * @param href the relative address of the page in that language
 * @param current whether this is the language of the page that shows the link
 * @param alternate whether the link leads to this very page in that language, which pages then declare as an
 *     {@code hreflang} alternate; otherwise it leads to the nearest page, such as the current text
 */
public record LanguageLink(String language, String label, String href, boolean current, boolean alternate) {}
