package org.patientleaflets.render;

import java.util.List;

/**
 * A page at the site's root offering every language without guessing one: the entry page, and the page
 * shown for an address that leads nowhere.
 *
 * @param stylesheet the relative address of the stylesheet
 * @param icon the relative address of the site's icon
 * @param sourceLanguage the language of the page's main text
 * @param languages each language's index, with the site's name in that language
 */
public record RootPage(String stylesheet, String icon, String sourceLanguage, List<RootLanguage> languages) {

    public RootPage {
        languages = List.copyOf(languages);
    }

    /**
     * One language offered on the entry page.
     *
     * @param link the link to that language's index
     * @param siteName the site's name in that language
     */
    public record RootLanguage(LanguageLink link, String siteName) {}
}
