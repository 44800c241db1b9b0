package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class ContactDetailsRuleTest {

    @TempDir
    Path folder;

    @Test
    void reportsAContactSectionWithoutPhoneOrEmailAtItsHeading() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "Le secrétariat : 064 23 48 20.", "Demandez à l’accueil.")
                .replace("content/demo/en.md", "The secretary: 064 23 48 20.", "Ask at the front desk.");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:22:1: error: the contact section gives no way to reach the team:"
                                + " write a phone number valid in region BE (such as 012 34 56 78) or an e-mail"
                                + " address [contact-details]",
                        "content/demo/fr.md:21:1: error: the contact section gives no way to reach the team:"
                                + " write a phone number valid in region BE (such as 012 34 56 78) or an e-mail"
                                + " address [contact-details]");
    }

    @Test
    void refusesAPhoneNumberThatCannotBeDialled() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "064 23 48 20", "064 23 48")
                .replace("content/demo/en.md", "064 23 48 20", "064 23 48");

        assertThat(project.findings()).hasSize(2).allSatisfy(finding -> assertThat(finding)
                .contains("error: the contact section gives no way"));
    }

    @Test
    void acceptsAnEmailAddressInsteadOfAPhoneNumber() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "064 23 48 20", "cardiologie@hopital.example.org")
                .replace(
                        "content/demo/en.md",
                        "The secretary: 064 23 48 20.",
                        "Write to cardiologie@hopital.example.org.");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void acceptsAnInternationalNumberAsALinkLabel() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "064 23 48 20", "[+32 64 23 48 20](tel:+3264234820)");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void withoutARegionOnlyNumbersWithACountryCodeCount() {
        TestProject project =
                TestProject.copyOf(TestProject.VALID, folder).replace("content/site.yaml", "phoneRegion: BE\n", "");

        assertThat(project.findings()).hasSize(2).allSatisfy(finding -> assertThat(finding)
                .contains("with its country code"));
    }
}
