package org.patientleaflets.check;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.FrontMatter;
import org.patientleaflets.model.FrontMatterField;
import org.patientleaflets.model.LeafletText;

/**
 * A text is reviewed by its {@code review-by} date. The date is compared with the build time, never the
 * clock, so that the same content and timestamp always give the same findings.
 */
public final class ReviewExpiredRule implements LeafletRule {

    static final String ID = "review-expired";

    private final LocalDate buildDay;
    private final boolean failOnExpired;

    /**
     * @param buildTime the time the build records, from {@code project.build.outputTimestamp}
     * @param failOnExpired whether an expired review is an error rather than a warning
     */
    ReviewExpiredRule(Instant buildTime, boolean failOnExpired) {
        this.buildDay = LocalDate.ofInstant(buildTime, ZoneOffset.UTC);
        this.failOnExpired = failOnExpired;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A text's review-by date is not before the build time.";
    }

    @Override
    public void check(Content content, Findings findings) {
        for (LeafletText text : content.texts()) {
            FrontMatter frontMatter = text.frontMatter();
            frontMatter.date(FrontMatter.REVIEW_BY).filter(buildDay::isAfter).ifPresent(reviewBy -> {
                FrontMatterField field =
                        frontMatter.field(FrontMatter.REVIEW_BY).orElseThrow();
                String message = "this text was to be reviewed by " + reviewBy + ", before this build (" + buildDay
                        + "): review it with its owner, then raise its version and set a new 'review-by'";
                if (failOnExpired) {
                    findings.error(field.valuePosition(), message);
                } else {
                    findings.warning(
                            field.valuePosition(),
                            message + " (set <failOnExpiredReview>true</failOnExpiredReview>"
                                    + " (-Dleaflet.failOnExpiredReview) to stop the build instead)");
                }
            });
        }
    }
}
