package org.patientleaflets.render;

import java.util.List;

/**
 * The list of leaflets in one language.
 *
 * @param frame the layout's content
 * @param groups the leaflets grouped by specialty, by specialty name
 * @param searchIndex the scripts the search loads first: the one listing the parts of the language's search
 *     index, by its relative address. A list, as templates written when the page named the parts themselves
 *     join it into the form's {@code data-index}, and still work
 */
public record IndexPage(PageFrame frame, List<SpecialtyGroup> groups, List<String> searchIndex) {

    public IndexPage {
        groups = List.copyOf(groups);
        searchIndex = List.copyOf(searchIndex);
    }
}
