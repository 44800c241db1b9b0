package org.patientleaflets.render;

import java.util.List;

/**
 * The list of leaflets in one language.
 *
 * @param frame the layout's content
 * @param groups the leaflets grouped by specialty, by specialty name
 */
public record IndexPage(PageFrame frame, List<SpecialtyGroup> groups) {

    public IndexPage {
        groups = List.copyOf(groups);
    }
}
