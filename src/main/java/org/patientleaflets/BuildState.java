package org.patientleaflets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.content.Sha256;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.Severity;
import org.patientleaflets.model.SourcePosition;
import org.patientleaflets.report.ReportWriter;
import org.patientleaflets.site.Manifest;

/**
 * What went into the last build that published a site, and what it found, kept beside the site. A build
 * whose inputs (every file of the content and templates folders, the settings and the plugin version) hash
 * to the same value, while that site and its reports are still in place, has nothing to write: it keeps them
 * and tells the findings again.
 */
final class BuildState {

    static final String FILE = ".leaflet-build-state.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BuildConfig config;
    private final Path file;

    BuildState(BuildConfig config) {
        this.config = config;
        this.file = config.outputDirectory().resolve(FILE);
    }

    /**
     * The SHA-256 of everything a build reads: each file's path and content, the settings, the plugin.
     *
     * @param hash the hash, in hex
     * @param files how many files went into it
     */
    record Inputs(String hash, int files) {}

    Inputs inputs() {
        MessageDigest digest = Sha256.digest();
        int count = 0;
        update(digest, "plugin " + Manifest.pluginVersion());
        update(digest, "settings " + config);
        for (Path folder : List.of(config.contentDirectory(), config.templatesDirectory())) {
            List<Path> files = files(folder);
            // Reading and hashing is most of the work: every core shares it, the order stays the folders'.
            List<String> hashes = files.parallelStream().map(BuildState::hash).toList();
            for (int i = 0; i < files.size(); i++) {
                update(digest, folder.relativize(files.get(i)) + " " + hashes.get(i));
            }
            count += files.size();
        }
        return new Inputs(HexFormat.of().formatHex(digest.digest()), count);
    }

    /**
     * The findings of the last build, when it published from the same inputs and its site and reports are
     * still as it left them.
     */
    Optional<BuildResult> unchangedSince(Inputs inputs) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            JsonNode state = JSON.readTree(file.toFile());
            if (!inputs.hash().equals(state.path("inputs").asText())
                    || !outputsInPlace(state.path("manifest").asText())) {
                return Optional.empty();
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (JsonNode diagnostic : state.path("diagnostics")) {
                diagnostics.add(new Diagnostic(
                        new SourcePosition(
                                Path.of(diagnostic.path("file").asText()),
                                diagnostic.path("line").asInt(),
                                diagnostic.path("column").asInt()),
                        Severity.valueOf(diagnostic.path("severity").asText()),
                        diagnostic.path("rule").asText(),
                        diagnostic.path("message").asText()));
            }
            return Optional.of(
                    BuildResult.unchanged(diagnostics, state.path("texts").asInt()));
        } catch (IOException | RuntimeException e) {
            // A state file that cannot be read only costs a full build.
            return Optional.empty();
        }
    }

    /** Records a build that published its site from {@code inputs}. */
    void record(Inputs inputs, BuildResult result) throws IOException {
        ObjectNode state = JSON.createObjectNode();
        state.put("inputs", inputs.hash());
        state.put("manifest", Sha256.of(config.siteDirectory().resolve(Manifest.FILE)));
        state.put("texts", result.texts());
        ArrayNode diagnostics = state.putArray("diagnostics");
        for (Diagnostic diagnostic : result.diagnostics()) {
            diagnostics
                    .addObject()
                    .put("file", diagnostic.position().path())
                    .put("line", diagnostic.position().line())
                    .put("column", diagnostic.position().column())
                    .put("severity", diagnostic.severity().name())
                    .put("rule", diagnostic.ruleId())
                    .put("message", diagnostic.message());
        }
        Files.write(file, JSON.writeValueAsBytes(state));
    }

    /** Forgets the last build, before anything replaces its reports or its site. */
    void forget() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Whether the site has the manifest the last build wrote and every file it lists, and the reports exist. */
    private boolean outputsInPlace(String manifestHash) throws IOException {
        Path site = config.siteDirectory();
        Path manifest = site.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest) || !manifestHash.equals(Sha256.of(manifest))) {
            return false;
        }
        for (String report : List.of(ReportWriter.HTML, ReportWriter.JSON, ReportWriter.SARIF)) {
            if (!Files.isRegularFile(config.outputDirectory().resolve(report))) {
                return false;
            }
        }
        for (JsonNode listed : JSON.readTree(manifest.toFile()).path("files")) {
            Path listedFile = site.resolve(listed.path("path").asText());
            if (!Files.isRegularFile(listedFile)
                    || Files.size(listedFile) != listed.path("size").asLong()) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String hash(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
