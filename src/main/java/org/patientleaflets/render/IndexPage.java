package org.patientleaflets.render;

import java.util.List;

/**
 * The list of leaflets in one language.
 *
 * @param frame the layout's content
 * @param groups the leaflets grouped by specialty, by specialty name
 * @param searchIndex the relative address of the script listing the parts of the language's search index, the
 *     one script the search loads first
 */
public record IndexPage(PageFrame frame, List<SpecialtyGroup> groups, List<String> searchIndex) {

    public IndexPage {
        groups = List.copyOf(groups);
        searchIndex = List.copyOf(searchIndex);
    }
}
