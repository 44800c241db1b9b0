package org.patientleaflets.render;

import java.util.List;

/**
 * What every page's layout shows around its content.
 *
 * @param language the page's language code
 * @param title the page title
 * @param siteName the hospital or department name in the page's language
 * @param stylesheet the relative address of the stylesheet
 * @param icon the relative address of the site's icon
 * @param homeHref the relative address of the page's language index
 * @param alternates the same page in every language, the page's own included
 * @param scripts the relative addresses of the page's scripts, in the order they run
 */
public record PageFrame(
        String language,
        String title,
        String siteName,
        String stylesheet,
        String icon,
        String homeHref,
        List<LanguageLink> alternates,
        List<String> scripts) {

    public PageFrame {
        alternates = List.copyOf(alternates);
        scripts = List.copyOf(scripts);
    }
}
