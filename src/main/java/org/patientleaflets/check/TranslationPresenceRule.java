package org.patientleaflets.check;

import org.patientleaflets.model.Content;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.SourcePosition;

/** Every leaflet exists in every language of the site, so no patient gets a leaflet in one language only. */
public final class TranslationPresenceRule implements LeafletRule {

    static final String ID = "missing-translation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every leaflet exists in every language of the site.";
    }

    @Override
    public void check(Content content, Findings findings) {
        String source = content.settings().sourceLanguage();
        for (Leaflet leaflet : content.leaflets()) {
            if (leaflet.texts().isEmpty()) {
                continue;
            }
            LeafletText reference = leaflet.text(source)
                    .orElse(leaflet.texts().get(leaflet.texts().firstKey()));
            for (String language : content.settings().languages()) {
                if (leaflet.text(language).isEmpty()) {
                    findings.error(
                            SourcePosition.startOf(reference.file()),
                            message(leaflet, reference, language, language.equals(source)));
                }
            }
        }
    }

    private static String message(Leaflet leaflet, LeafletText reference, String language, boolean isSource) {
        String missingFile =
                reference.file().resolveSibling(language + ".md").toString().replace('\\', '/');
        String what = isSource ? "source text" : "translation";
        return "leaflet '" + leaflet.slug() + "' has no " + Languages.describe(language) + " " + what + ": create "
                + missingFile;
    }
}
