package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Diagnostic;

class ApprovalRuleTest {

    private static final String FRENCH_APPROVAL = "approved-by: Comité des fiches patients\napproved-on: 2026-01-10\n";
    private static final String AWAITS = "version 2 of this text awaits approval: once it is approved, add ";
    private static final String APPROVED_BY = "'approved-by: <who approved it>'";
    private static final String APPROVED_ON = "'approved-on: <the day it was approved, YYYY-MM-DD>'";

    @TempDir
    Path folder;

    @Test
    void warnsInEitherLanguageAtATextThatAwaitsApprovalAndStillBuildsIt() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", FRENCH_APPROVAL, "")
                .replace("content/demo/en.md", "approved-on: 2026-01-10\n", "");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:1:1: warning: " + AWAITS + APPROVED_ON + " to its front matter; its pages"
                                + " and PDFs say that it awaits approval (set requireApproval: true in site.yaml to"
                                + " stop the build instead) [approval]",
                        "content/demo/fr.md:1:1: warning: " + AWAITS + APPROVED_BY + " and " + APPROVED_ON
                                + " to its front matter; its pages and PDFs say that it awaits approval (set"
                                + " requireApproval: true in site.yaml to stop the build instead) [approval]");
        assertThat(project.build().published()).isTrue();
    }

    @Test
    void stopsEveryBuildWhenTheSiteRequiresApproval() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nrequireApproval: true\n")
                .replace("content/demo/en.md", "approved-by: Patient leaflet committee\n", "");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:1:1: error: " + AWAITS + APPROVED_BY
                        + " to its front matter (site.yaml sets requireApproval: true) [approval]");
        assertThat(project.build().published()).isFalse();
    }

    @Test
    void publishRefusesToFreezeAVersionThatAwaitsApproval() {
        TestProject project =
                TestProject.copyOf(TestProject.VALID, folder).replace("content/demo/fr.md", FRENCH_APPROVAL, "");

        BuildResult result = project.publish();

        assertThat(result.diagnostics())
                .extracting(Diagnostic::format)
                .containsExactly("content/demo/fr.md:1:1: error: " + AWAITS + APPROVED_BY + " and " + APPROVED_ON
                        + " to its front matter; leaflet:publish freezes approved versions only [approval]");
        assertThat(result.frozen()).isEmpty();
        assertThat(project.directory().resolve("content/demo/versions")).doesNotExist();
    }

    @Test
    void publishFreezesAnApprovedVersion() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);

        BuildResult result = project.publish();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.frozen()).contains("content/demo/versions/2/fr.md", "content/demo/versions/2/en.md");
    }

    @Test
    void refusesAnApprovalDateAfterTheBuildOrAfterTheReviewDate() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "approved-on: 2026-01-10", "approved-on: 2026-11-28")
                .replace("content/demo/en.md", "review-by: 2027-01-15", "review-by: 2026-06-01")
                .replace("content/demo/en.md", "approved-on: 2026-01-10", "approved-on: 2026-07-01");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:5:12: warning: this text was to be reviewed by 2026-06-01, before this"
                                + " build (2026-11-27): review it with its owner, then raise its version and set a new"
                                + " 'review-by' (set <failOnExpiredReview>true</failOnExpiredReview>"
                                + " (-Dleaflet.failOnExpiredReview) to stop the build instead) [review-expired]",
                        "content/demo/en.md:11:14: error: 'approved-on' (2026-07-01) is after 'review-by'"
                                + " (2026-06-01): an approval after the review date needs a new 'review-by' [approval]",
                        "content/demo/fr.md:10:14: error: 'approved-on' (2026-11-28) is after this build (2026-11-27):"
                                + " a text is approved before it is built; write the day it was approved [approval]");
    }

    @Test
    void leavesAnApprovalDateThatIsNotADateToTheFrontMatterCheck() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "approved-on: 2026-01-10", "approved-on: 10/01/2026");

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:10:14: error: 'approved-on' must be a date written YYYY-MM-DD,"
                        + " such as 2026-10-01, not '10/01/2026' [front-matter]");
    }
}
