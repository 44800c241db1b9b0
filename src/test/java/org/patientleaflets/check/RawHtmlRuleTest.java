package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class RawHtmlRuleTest {

    @TempDir
    Path folder;

    @Test
    void acceptsMarkdownWithoutHtml() {
        assertThat(TestProject.copyOf(TestProject.VALID, folder).findings()).isEmpty();
    }

    @Test
    void reportsInlineHtmlAtItsTag() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "A test that shows", "A <b>test</b> that shows");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:16:3: error: the HTML '<b>' would be shown on the page as text, not as"
                                + " markup: write it in Markdown instead (**bold**, *italic*, [words](address), - list"
                                + " items) [raw-html]",
                        "content/demo/en.md:16:10: error: the HTML '</b>' would be shown on the page as text, not"
                                + " as markup: write it in Markdown instead (**bold**, *italic*, [words](address), -"
                                + " list items) [raw-html]");
    }

    @Test
    void reportsAnHtmlBlockAndACommentAtTheirFirstLine() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/fr.md",
                        "du cœur.\n\n## Quels",
                        "du cœur.\n\n<script>alert(1)</script>\n\n<!-- à relire -->\n\n## Quels");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/fr.md:17:1: error: the HTML '<script>alert(1)</script>' would be shown on the"
                                + " page as text, not as markup: write it in Markdown instead (**bold**, *italic*,"
                                + " [words](address), - list items) [raw-html]",
                        "content/demo/fr.md:19:1: error: the HTML comment '<!-- à relire -->' would be shown on"
                                + " the page as text: remove it [raw-html]");
    }

    @Test
    void allowsListedHtmlWhenTheSiteAllowsHtml() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nallowHtml: true\n")
                .replace("content/demo/en.md", "A test that shows", "A <b>test</b> that <sup>shows</sup>");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void warnsThatHtmlOutsideTheAllowListIsRemoved() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nallowHtml: true\n")
                .replace("content/demo/en.md", "A test that shows", "A <marquee>test</marquee> that shows");

        assertThat(project.findings()).hasSize(2).allSatisfy(finding -> assertThat(finding)
                .contains("warning: the HTML element <marquee> is not allowed and is removed from the page")
                .endsWith("[raw-html]"));
    }
}
