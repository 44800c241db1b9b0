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
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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

    private final JsonNode last;

    BuildState(BuildConfig config) {
        this.config = config;
        this.file = config.outputDirectory().resolve(FILE);
        this.last = read(file);
    }

    /**
     * The SHA-256 of everything a build reads: each file's path and content, the settings, the plugin.
     *
     * @param hash the hash, in hex
     * @param stamps each file's size, modification time and SHA-256, by its path
     */
    record Inputs(String hash, Map<String, Stamp> stamps) {

        int files() {
            return stamps.size();
        }
    }

    /** What is known of one input file; a file whose size and time are unchanged keeps its recorded hash. */
    record Stamp(long size, long modified, String sha256) {}

    Inputs inputs() {
        MessageDigest digest = Sha256.digest();
        update(digest, "plugin " + Manifest.pluginBuildId());
        update(digest, "settings " + config);
        Map<String, Stamp> stamps = new LinkedHashMap<>();
        JsonNode known = last.path("files");
        for (Path folder : List.of(config.contentDirectory(), config.templatesDirectory())) {
            List<Path> files = files(folder);
            // Hashing is most of the work: every core shares it, the order stays the folders'.
            List<Stamp> found = files.parallelStream()
                    .map(input -> stamp(input, known.path(input.toString())))
                    .toList();
            for (int i = 0; i < files.size(); i++) {
                update(
                        digest,
                        folder.relativize(files.get(i)) + " " + found.get(i).sha256());
                stamps.put(files.get(i).toString(), found.get(i));
            }
        }
        return new Inputs(Sha256.hex(digest), stamps);
    }

    /** The file's stamp, hashing its bytes only when its size or modification time differs from the last build's. */
    private static Stamp stamp(Path input, JsonNode known) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(input, BasicFileAttributes.class);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (known.path("size").asLong(-1) == size && known.path("modified").asLong(-1) == modified) {
                return new Stamp(size, modified, known.path("sha256").asText());
            }
            return new Stamp(size, modified, Sha256.of(input));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.missingNode();
        } catch (IOException | RuntimeException e) {
            // A state file that cannot be read only costs a full build.
            return JSON.missingNode();
        }
    }

    /**
     * The findings of the last build, when it published from the same inputs and its site and reports are
     * still as it left them.
     */
    Optional<BuildResult> unchangedSince(Inputs inputs) {
        try {
            JsonNode state = last;
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
        ObjectNode files = state.putObject("files");
        inputs.stamps().forEach((path, stamp) -> files.putObject(path)
                .put("size", stamp.size())
                .put("modified", stamp.modified())
                .put("sha256", stamp.sha256()));
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

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
