package org.patientleaflets.content;

import java.util.List;
import java.util.Optional;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.Leaflet;

/**
 * What loading a content folder gave.
 *
 * @param content the content, empty when the site settings could not be read
 * @param diagnostics the problems met while reading files
 */
public record LoadedContent(Optional<Content> content, List<Diagnostic> diagnostics) {

    public LoadedContent {
        diagnostics = List.copyOf(diagnostics);
    }

    /** How many texts the content holds, none when there is no content. */
    public int texts() {
        int texts = 0;
        for (Leaflet leaflet : content.map(Content::leaflets).orElse(List.of())) {
            texts += leaflet.texts().size();
        }
        return texts;
    }
}
