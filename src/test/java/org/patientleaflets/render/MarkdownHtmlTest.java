package org.patientleaflets.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.patientleaflets.model.ContentsEntry;

class MarkdownHtmlTest {

    private final MarkdownHtml belgian = new MarkdownHtml("BE");

    @Test
    void linksAPhoneNumberToItsInternationalFormAndKeepsItOnOneLine() {
        String html = belgian.render("Le secrétariat : 064 23 48 20.", "fr").html();

        assertThat(html)
                .isEqualTo(
                        "<p>Le secrétariat\u00A0: <a href=\"tel:+3264234820\">064\u00A023\u00A048\u00A020</a>.</p>\n");
    }

    @Test
    void linksAnEmailAddressWithoutTheFullStopAfterIt() {
        String html =
                belgian.render("Write to cardio@hospital.example.org.", "en").html();

        assertThat(html)
                .isEqualTo(
                        "<p>Write to <a href=\"mailto:cardio@hospital.example.org\">cardio@hospital.example.org</a>.</p>\n");
    }

    @Test
    void withoutARegionLinksOnlyNumbersWithTheirCountryCode() {
        String html = new MarkdownHtml(null)
                .render("Call +32 64 23 48 20 or 064 23 48 20.", "en")
                .html();

        assertThat(html).contains("href=\"tel:+3264234820\"").containsOnlyOnce("<a ");
    }

    @Test
    void leavesTextTheAuthorLinkedAsItIs() {
        String html = belgian.render("[064 23 48 20](tel:+3264234820)", "en").html();

        assertThat(html).isEqualTo("<p><a href=\"tel:+3264234820\">064 23 48 20</a></p>\n");
    }

    @Test
    void doesNotTakePercentagesCountsOrYearsForPhoneNumbers() {
        String html = belgian.render("Plus de 15 000 patients en 2017, 1-2 heures, décès (2 %).", "fr")
                .html();

        assertThat(html).doesNotContain("<a ");
    }

    @Test
    void listsEachSectionWithTheIdOfItsHeading() {
        LeafletBody body = belgian.render(
                "# Titre\n\n## Quels sont les risques ?\n\nDes bleus.\n\n### Détail\n\n## Nous joindre {#contact}\n\nTexte.",
                "fr");

        assertThat(body.contents())
                .containsExactly(
                        new ContentsEntry("quels-sont-les-risques-", "Quels sont les risques\u202F?"),
                        new ContentsEntry("contact", "Nous joindre"));
        assertThat(body.html()).contains("<h2 id=\"quels-sont-les-risques-\">").contains("<h2 id=\"contact\">");
    }
}
