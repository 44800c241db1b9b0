package org.patientleaflets.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.site.PageCache;

class ContentLoaderTest {

    @TempDir
    Path folder;

    @Test
    void rendersUnchangedTextsAgainWhenTheRegionTheirPhoneNumbersAreReadInChanges() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        // Kept from load to load, as a preview keeps them.
        TextCache texts = TextCache.kept();
        PageCache pages = PageCache.kept();
        LeafletText first = english(project, texts, pages);
        assertThat(first.body().orElseThrow().html())
                .contains("<a href=\"tel:+3264234820\">064\u00A023\u00A048\u00A020</a>");
        // As after a watcher lost track: every text is looked at again, and an unchanged one is kept as it was.
        texts.changedSinceLastLoad(Optional.empty());
        assertThat(english(project, texts, pages))
                .as("unchanged, not parsed again")
                .isSameAs(first);

        project.replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: FR\n");

        assertThat(english(project, texts, pages).body().orElseThrow().html())
                .contains("064 23 48 20")
                .doesNotContain("tel:");
    }

    private static LeafletText english(TestProject project, TextCache texts, PageCache pages) {
        return new ContentLoader(project.directory(), texts, pages::markdown)
                .load(project.config().contentDirectory())
                .content()
                .orElseThrow()
                .leaflets()
                .get(0)
                .text("en")
                .orElseThrow();
    }

    @Test
    void pointsAtTheLineOfBrokenFrontMatterYaml() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "owner: Cardiology department", "owner: [Cardiology department");

        assertThat(project.findings())
                .singleElement()
                .asString()
                .startsWith("content/demo/en.md:7:10: error: broken" + " YAML, while parsing a flow sequence")
                .endsWith("[yaml-syntax]");
    }

    @Test
    void refusesAKeyGivenTwice() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "owner:", "title: Again\nowner:");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:6:1: error: key 'title' is given twice: keep one of them"
                        + " [yaml-syntax]");
    }

    @Test
    void reportsTextThatIsNotUtf8AtTheLineOfTheBadByte() {
        String latin1 = "---\ntitle: Coronarographie\n---\n\n## Quels sont les risques ?\n\nUn h\u00e9matome.\n";
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .writeBytes("content/demo/fr.md", latin1.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:7:5: error: the file is not valid UTF-8: save it with UTF-8"
                        + " encoding [unreadable-file]");
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        String windows = "\uFEFF" + project.read("content/demo/en.md").replace("\n", "\r\n");
        project.write("content/demo/en.md", windows);

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void requiresFrontMatterAtTheTop() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .write("content/demo/en.md", "## What are the risks?\n\nNone.\n");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:1:1: error: the text must start with front matter: a line"
                        + " '---', the fields (title, version, date, ...), and a closing line '---' [front-matter]");
    }

    @Test
    void reportsAFileInALanguageTheSiteDoesNotHave() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.write("content/demo/de.md", project.read("content/demo/en.md"));

        assertThat(project.findings())
                .containsExactly("content/demo/de.md:1:1: error: 'de' is not a language of this site (fr, en): rename"
                        + " the file or add the language to site.yaml [content-layout]");
    }

    @Test
    void ignoresHiddenFilesSuchAsThoseAMacLeavesBesideTextsOnASharedDrive() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .write("content/demo/._fr.md", "\u0000\u0005\u0016\u0007Mac OS X")
                .write("content/demo/.#en.md", "user@host.4242");

        assertThat(project.findings()).isEmpty();
        assertThat(project.build().published()).isTrue();
    }

    @Test
    void reportsAMissingSiteSettingsFile() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).delete("content/site.yaml");

        assertThat(project.findings())
                .containsExactly("content/site.yaml:1:1: error: missing site settings: create content/site.yaml with"
                        + " at least name, baseUrl and languages [site-settings]");
    }

    @Test
    void reportsABadBaseUrlAtItsLine() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "https://leaflets.example.org/", "leaflets.example.org");

        assertThat(project.findings())
                .containsExactly("content/site.yaml:4:10: error: 'baseUrl' must be an absolute http(s) address such as"
                        + " https://leaflets.example.org/, without ? or #, not 'leaflets.example.org' [site-settings]");
    }

    @Test
    void refusesABaseUrlWithAQueryWhichNoPageAddressCouldFollow() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/site.yaml",
                        "https://leaflets.example.org/",
                        "https://leaflets.example.org/?from=feed");

        assertThat(project.findings())
                .containsExactly("content/site.yaml:4:10: error: 'baseUrl' must be an absolute http(s) address such as"
                        + " https://leaflets.example.org/, without ? or #, not 'https://leaflets.example.org/?from=feed'"
                        + " [site-settings]");
    }

    @Test
    void refusesALogoOutsideTheContentFolder() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .write("secret.png", "not an image")
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nlogo: ../secret.png\n");

        assertThat(project.findings())
                .containsExactly("content/site.yaml:7:7: error: 'logo' must name an image inside the content folder,"
                        + " such as logo.png [site-settings]");
    }

    @Test
    void refusesALogoThatIsNotAnImage() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .write("content/logo.png", "not an image")
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nlogo: logo.png\n");

        assertThat(project.findings())
                .containsExactly("content/site.yaml:7:7: error: 'logo' names logo.png, which is not a PNG or JPEG image"
                        + " in the content folder [site-settings]");
    }

    @Test
    void refusesATextThatIsALinkToAFileOutsideTheContentFolder() throws Exception {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.write("elsewhere/en.md", project.read("content/demo/en.md"));
        project.delete("content/demo/en.md");
        java.nio.file.Files.createSymbolicLink(folder.resolve("content/demo/en.md"), folder.resolve("elsewhere/en.md"));

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:1:1: error: this is a link to a place outside the content"
                        + " folder: copy the file into the content folder instead [content-layout]");
    }

    @Test
    void refusesALeafletFolderThatIsALinkOutsideTheContentFolder() throws Exception {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.write("elsewhere/fr.md", project.read("content/demo/fr.md"));
        java.nio.file.Files.createSymbolicLink(folder.resolve("content/other"), folder.resolve("elsewhere"));

        assertThat(project.findings())
                .containsExactly("content/other:1:1: error: this is a link to a place outside the content folder:"
                        + " copy the file into the content folder instead [content-layout]");
    }

    @Test
    void refusesTheTextsOfAVersionsFolderThatIsALinkOutsideTheContentFolder() throws Exception {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.write("elsewhere/1/fr.md", project.read("content/demo/fr.md"));
        java.nio.file.Files.createSymbolicLink(folder.resolve("content/demo/versions"), folder.resolve("elsewhere"));

        assertThat(project.findings())
                .contains("content/demo/versions/1/fr.md:1:1: error: this is a link to a place outside the content"
                        + " folder: copy the file into the content folder instead [content-layout]");
    }

    @Test
    void refusesATextLargerThanALeafletCanBe() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .writeBytes("content/demo/en.md", new byte[50 * 1024 * 1024]);

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:1:1: error: file is 52428800 bytes, more than the 2097152 bytes"
                        + " a leaflet text may have: split it or remove what is not text [unreadable-file]");
    }

    @Test
    void reportsAReadabilityLevelThatIsNotANumberAtItsLine() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nreadability: {fr: high}\n");

        assertThat(project.findings())
                .containsExactly("content/site.yaml:7:19: error: the readability level of 'fr' must be a number such"
                        + " as 50, not 'high' [site-settings]");
    }

    @Test
    void reportsAFolderNameThatCannotBeAnAddress() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.write("content/Mon Dossier/fr.md", project.read("content/demo/fr.md"));

        assertThat(project.findings())
                .containsExactly("content/Mon Dossier:1:1: error: leaflet folder 'Mon Dossier' is not a valid web"
                        + " address part: use lower-case letters, digits and hyphens only, such as 'mitral-clip'"
                        + " [content-layout]");
    }
}
