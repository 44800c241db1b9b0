package org.patientleaflets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.model.BuildResult;

/** A build with nothing changed keeps the site and reports in place and tells the same findings again. */
class IncrementalBuildTest {

    @TempDir
    Path folder;

    private static final FileTime LONG_AGO = FileTime.fromMillis(0);

    @Test
    void aSecondBuildOfTheSameContentKeepsEveryFileAndRepeatsTheWarnings() throws IOException {
        TestProject project = withAWarning();
        BuildResult first = project.build();
        Path page = project.site().resolve("fr/demo/index.html");
        Files.setLastModifiedTime(page, LONG_AGO);

        BuildResult second = project.build();

        assertThat(first.published()).isTrue();
        assertThat(second.unchanged()).isTrue();
        assertThat(second.published()).isFalse();
        assertThat(Files.getLastModifiedTime(page)).isEqualTo(LONG_AGO);
        assertThat(second.diagnostics()).isNotEmpty().isEqualTo(first.diagnostics());
        assertThat(second.texts()).isEqualTo(first.texts());
    }

    @Test
    void anEditedTextBuildsTheSiteAgain() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        project.replace("content/demo/en.md", "The secretary", "Ask the nurse at the desk, or the secretary");

        BuildResult second = project.build();

        assertThat(second.unchanged()).isFalse();
        assertThat(second.published()).isTrue();
        assertThat(project.read("target/leaflets/site/en/demo/index.html")).contains("Ask the nurse at the desk");
    }

    @Test
    void anEditToATextUntouchedForLongBuildsTheSiteAgain() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        try (Stream<Path> files = Files.walk(project.directory().resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
        project.build();
        BuildResult kept = project.build();
        project.replace("content/demo/en.md", "The secretary", "Ask the nurse at the desk, or the secretary");

        BuildResult edited = project.build();

        assertThat(kept.unchanged()).isTrue();
        assertThat(edited.unchanged()).isFalse();
        assertThat(project.read("target/leaflets/site/en/demo/index.html")).contains("Ask the nurse at the desk");
    }

    @Test
    void aTextRewrittenInTheSameTickOfTheFileClockKeepingItsSizeBuildsTheSiteAgain() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        Path text = project.directory().resolve("content/demo/en.md");
        FileTime sameTick = Files.getLastModifiedTime(text);
        project.replace("content/demo/en.md", "The secretary", "The Secretary");
        Files.setLastModifiedTime(text, sameTick);

        BuildResult second = project.build();

        assertThat(second.unchanged()).isFalse();
        assertThat(project.read("target/leaflets/site/en/demo/index.html")).contains("The Secretary");
    }

    @Test
    void aTextSavedAgainWithoutChangeKeepsTheSite() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        Files.setLastModifiedTime(project.directory().resolve("content/demo/fr.md"), LONG_AGO);

        assertThat(project.build().unchanged()).isTrue();
    }

    @Test
    void anEditKeepingTheSizeOfTheTextBuildsTheSiteAgain() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        project.replace("content/demo/en.md", "The secretary", "The Secretary");

        BuildResult second = project.build();

        assertThat(second.published()).isTrue();
        assertThat(project.read("target/leaflets/site/en/demo/index.html")).contains("The Secretary");
    }

    @Test
    void aSiteMissingAFileIsBuiltAgain() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        Files.delete(project.site().resolve("en/demo/index.html"));

        BuildResult second = project.build();

        assertThat(second.published()).isTrue();
        assertThat(project.site().resolve("en/demo/index.html")).isRegularFile();
    }

    @Test
    void aSiteWhoseManifestWasEditedIsBuiltAgain() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        Path manifest = project.site().resolve("manifest.json");
        String written = Files.readString(manifest);
        // The same size: only the file's modification time tells the edit.
        String edited = written.replace("\"buildTime\" : \"2", "\"buildTime\" : \"1");
        assertThat(edited).isNotEqualTo(written).hasSameSizeAs(written);
        Files.writeString(manifest, edited);

        BuildResult second = project.build();

        assertThat(second.unchanged()).isFalse();
        assertThat(second.published()).isTrue();
        assertThat(Files.readString(manifest)).isEqualTo(written);
    }

    @Test
    void aStateFileThatCannotBeReadOnlyCostsAFullBuild() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        Files.writeString(project.config().outputDirectory().resolve(BuildState.FILE), "{ not json");

        BuildResult second = project.build();

        assertThat(second.published()).isTrue();
        assertThat(project.build().unchanged()).isTrue();
    }

    @Test
    void otherSettingsBuildTheSiteAgain() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        BuildResult siteOnly = project.skipPdf().build();

        assertThat(siteOnly.published()).isTrue();
        assertThat(siteOnly.pdfsWritten()).isZero();
    }

    @Test
    void aCheckInBetweenReplacesTheReportsSoTheNextBuildStartsAfresh() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();
        project.check();

        assertThat(project.build().published()).isTrue();
    }

    private TestProject withAWarning() {
        return TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "review-by: 2027-01-15", "review-by: 2026-06-01");
    }
}
