package org.patientleaflets.check;

import java.util.List;
import org.patientleaflets.config.RequiredSection;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Section;
import org.patientleaflets.model.SourcePosition;

/** Every text has each required section (risks, contact, ...), and says something in it. */
public final class RequiredSectionsRule implements LeafletRule {

    static final String ID = "required-section";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every text has each required section (risks, contact), and says something in it.";
    }

    @Override
    public void check(Content content, Findings findings) {
        List<RequiredSection> required = content.settings().requiredSections();
        content.texts().forEach(text -> required.forEach(section -> check(text, section, findings)));
    }

    private static void check(LeafletText text, RequiredSection required, Findings findings) {
        List<Section> matches = text.sections().stream()
                .filter(section -> required.matches(section, text.language()))
                .toList();
        if (matches.isEmpty()) {
            findings.report(required.severity(), SourcePosition.startOf(text.file()), missing(text, required));
            return;
        }
        for (Section section : matches) {
            if (section.isEmpty()) {
                findings.report(
                        required.severity(),
                        section.position(),
                        "the " + required.id() + " section '" + section.heading() + "' is empty: write what the"
                                + " patient needs to know under it");
            }
        }
    }

    private static String missing(LeafletText text, RequiredSection required) {
        List<String> headings = required.headings(text.language());
        String suggestion = headings.isEmpty() ? "" : "add a section '## " + headings.get(0) + "' or ";
        String basis = required.basis().equals(RequiredSection.SITE_SETTINGS) ? "" : " (" + required.basis() + ")";
        return "required section '" + required.id() + "'" + basis + " is missing: " + suggestion
                + "mark its heading with {#" + required.id() + "}";
    }
}
