package org.patientleaflets.render;

import java.util.List;

/**
 * The leaflets of one specialty on a language index.
 *
 * @param name the specialty as the texts name it
 * @param leaflets the leaflets, by title
 */
public record SpecialtyGroup(String name, List<LeafletEntry> leaflets) {

    public SpecialtyGroup {
        leaflets = List.copyOf(leaflets);
    }
}
