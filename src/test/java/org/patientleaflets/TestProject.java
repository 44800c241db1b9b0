package org.patientleaflets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.config.LanguageToolJars;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Diagnostic;

/**
 * A small leaflet project in a temporary folder, copied from a fixture and edited by each test so that
 * the test shows the one change it is about.
 */
public final class TestProject {

    /** The fixture every rule test starts from: one leaflet, valid in French and English. */
    public static final String VALID = "valid";

    private final Path directory;
    private boolean failOnWarning;
    private boolean failOnExpiredReview;
    private boolean allowStaleTranslations;
    private boolean skipPdf;
    private boolean proofread;
    private LanguageToolJars languageTool = LanguageToolJars.classPath();

    private TestProject(Path directory) {
        this.directory = directory;
    }

    public static TestProject copyOf(String fixture, Path temporaryFolder) {
        URL url = TestProject.class.getResource(fixture);
        assertThat(url).as("fixture %s", fixture).isNotNull();
        try {
            Path source = Path.of(url.toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = temporaryFolder.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new TestProject(temporaryFolder);
    }

    public Path directory() {
        return directory;
    }

    /** Replaces text that must be in the file, so a fixture change cannot silently make a test vacuous. */
    public TestProject replace(String file, String text, String replacement) {
        String content = read(file);
        assertThat(content).as("%s must contain the text to replace", file).contains(text);
        return write(file, content.replace(text, replacement));
    }

    public TestProject write(String file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestProject writeBytes(String file, byte[] bytes) {
        try {
            Path path = directory.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a small real PNG picture. */
    public TestProject writePng(String file) {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writeBytes(file, png.toByteArray());
    }

    public TestProject delete(String file) {
        try {
            Files.delete(directory.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String file) {
        try {
            return Files.readString(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestProject failOnWarning() {
        this.failOnWarning = true;
        return this;
    }

    public TestProject failOnExpiredReview() {
        this.failOnExpiredReview = true;
        return this;
    }

    public TestProject skipPdf() {
        this.skipPdf = true;
        return this;
    }

    /** Proofreads as {@code -Dleaflet.proofread} does, whatever {@code site.yaml} says. */
    public TestProject proofread() {
        this.proofread = true;
        return this;
    }

    /**
     * Proofreads with LanguageTool from the jars {@code fetch} gives, as a goal does, rather than from the class
     * path. A plain supplier, so that a test can hand it to a copy of this class in another class loader.
     */
    public TestProject fetchingLanguageTool(Supplier<List<Path>> fetch) {
        this.languageTool = LanguageToolJars.fetchedBy(fetch);
        return this;
    }

    public TestProject allowStaleTranslations() {
        this.allowStaleTranslations = true;
        return this;
    }

    public BuildConfig config() {
        return new BuildConfig(
                directory,
                Path.of("content"),
                Path.of("templates"),
                Path.of("target/leaflets"),
                failOnWarning,
                Instant.parse("2026-11-27T00:00:00Z"),
                failOnExpiredReview,
                allowStaleTranslations,
                skipPdf,
                proofread,
                languageTool);
    }

    public BuildResult check() {
        return Leaflets.check(config());
    }

    public BuildResult build() {
        return Leaflets.build(config());
    }

    public BuildResult publish() {
        return Leaflets.publish(config());
    }

    /** The findings of a check as the console prints them. */
    public List<String> findings() {
        return check().diagnostics().stream().map(Diagnostic::format).toList();
    }

    public Path site() {
        return config().siteDirectory();
    }
}
