package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class ReviewExpiredRuleTest {

    @TempDir
    Path folder;

    @Test
    void acceptsAReviewDateOnTheBuildDay() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "review-by: 2027-01-15", "review-by: 2026-11-27");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void warnsAboutAReviewDateBeforeTheBuildTime() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "review-by: 2027-01-15", "review-by: 2026-11-26");

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:5:12: warning: this text was to be reviewed by 2026-11-26,"
                        + " before this build (2026-11-27): review it with its owner, then raise its version and set"
                        + " a new 'review-by' (set <failOnExpiredReview>true</failOnExpiredReview>"
                        + " (-Dleaflet.failOnExpiredReview) to stop the build instead) [review-expired]");
    }

    @Test
    void reportsAnExpiredReviewAsAnErrorWhenAskedTo() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "review-by: 2027-01-15", "review-by: 2026-11-26")
                .failOnExpiredReview();

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:5:12: error: this text was to be reviewed by 2026-11-26,"
                        + " before this build (2026-11-27): review it with its owner, then raise its version and set"
                        + " a new 'review-by' [review-expired]");
    }
}
