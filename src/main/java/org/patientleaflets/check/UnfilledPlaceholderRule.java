package org.patientleaflets.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patientleaflets.content.Scaffold;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatterField;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.SourcePosition;

/**
 * No text still holds the placeholder a new leaflet is written with: each one marks something the patient
 * would otherwise read as it stands.
 */
public final class UnfilledPlaceholderRule implements LeafletRule {

    static final String ID = "unfilled-placeholder";
    private static final Pattern MARKER = Pattern.compile("\\b" + Scaffold.MARKER + "\\b");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "No text still holds the " + Scaffold.MARKER + " placeholders a new leaflet is written with.";
    }

    @Override
    public void check(Content content, Findings findings) {
        content.texts().forEach(text -> {
            text.frontMatter().fields().values().stream()
                    .filter(FrontMatterField::isScalar)
                    .filter(field -> MARKER.matcher(field.value()).find())
                    .forEach(field -> findings.error(
                            field.valuePosition(),
                            "'" + field.key() + "' is still " + Scaffold.MARKER + ": write the " + field.key()
                                    + " of this text"));
            checkBody(text, findings);
        });
    }

    private static void checkBody(LeafletText text, Findings findings) {
        // A written text has no marker at all: a plain search says so at a fraction of the pattern's cost.
        if (!text.markdown().contains(Scaffold.MARKER)) {
            return;
        }
        String[] lines = text.markdown().split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            Matcher marker = MARKER.matcher(lines[index]);
            while (marker.find()) {
                findings.error(
                        new SourcePosition(text.file(), text.bodyLine() + index, marker.start() + 1),
                        Scaffold.MARKER + " marks text still to be written: replace it with what the patient needs"
                                + " to know here");
            }
        }
    }
}
