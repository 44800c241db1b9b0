package org.patientleaflets.check;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.Leaflet;
import org.patientleaflets.model.LeafletText;

/**
 * A text names who approved it and when. A version is never frozen without both; a build only warns, since
 * its pages then say plainly that the text awaits approval, unless the site requires approval everywhere.
 */
public final class ApprovalRule implements LeafletRule {

    static final String ID = "approval";

    private final LocalDate buildDay;
    private final boolean publishing;

    /**
     * @param buildTime the time the build records, never the clock
     * @param publishing whether the run freezes new versions, which must be approved
     */
    ApprovalRule(Instant buildTime, boolean publishing) {
        this.buildDay = LocalDate.ofInstant(buildTime, ZoneOffset.UTC);
        this.publishing = publishing;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A text names who approved it and when (approved-by, approved-on) before it is published.";
    }

    @Override
    public void check(Content content, Findings findings) {
        for (Leaflet leaflet : content.leaflets()) {
            for (LeafletText text : leaflet.texts().values()) {
                checkDate(text.frontMatter(), findings);
                boolean frozenNow = publishing
                        && leaflet.published(text.language(), text.frontMatter().version())
                                .isEmpty();
                checkApproved(text.frontMatter(), frozenNow, content.settings().requireApproval(), findings);
            }
        }
    }

    private void checkDate(FrontMatter frontMatter, Findings findings) {
        frontMatter.date(FrontMatter.APPROVED_ON).ifPresent(approvedOn -> {
            var position =
                    frontMatter.field(FrontMatter.APPROVED_ON).orElseThrow().valuePosition();
            if (approvedOn.isAfter(buildDay)) {
                findings.error(
                        position,
                        "'approved-on' (" + approvedOn + ") is after this build (" + buildDay
                                + "): a text is approved before it is built; write the day it was approved");
            }
            frontMatter
                    .date(FrontMatter.REVIEW_BY)
                    .filter(approvedOn::isAfter)
                    .ifPresent(reviewBy -> findings.error(
                            position,
                            "'approved-on' (" + approvedOn + ") is after 'review-by' (" + reviewBy
                                    + "): an approval after the review date needs a new 'review-by'"));
        });
    }

    private static void checkApproved(FrontMatter frontMatter, boolean frozenNow, boolean required, Findings findings) {
        List<String> missing = List.of(FrontMatter.APPROVED_BY, FrontMatter.APPROVED_ON).stream()
                .filter(key -> frontMatter.field(key).isEmpty())
                .toList();
        if (missing.isEmpty()) {
            // A value that is there but malformed is the front-matter rule's to report.
            return;
        }
        String message = "version " + frontMatter.version() + " of this text awaits approval: once it is approved,"
                + " add "
                + String.join(
                        " and ", missing.stream().map(ApprovalRule::example).toList())
                + " to its front matter";
        if (frozenNow) {
            findings.error(frontMatter.position(), message + "; leaflet:publish freezes approved versions only");
        } else if (required) {
            findings.error(frontMatter.position(), message + " (site.yaml sets requireApproval: true)");
        } else {
            findings.warning(
                    frontMatter.position(),
                    message + "; its pages and PDFs say that it awaits approval (set requireApproval: true in"
                            + " site.yaml to stop the build instead)");
        }
    }

    private static String example(String key) {
        return key.equals(FrontMatter.APPROVED_BY)
                ? "'approved-by: <who approved it>'"
                : "'approved-on: <the day it was approved, YYYY-MM-DD>'";
    }
}
