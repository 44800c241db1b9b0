package org.patientleaflets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.content.FileStamp;
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

    /**
     * The inputs' hash, the manifest's size and modification time, and the findings. A properties file, which
     * the JDK reads at once, where JSON would first load a library's hundreds of classes.
     */
    static final String FILE = ".leaflet-build-state.properties";

    /**
     * One line per file, read much faster than a structured file by a JVM that has just started: each input's
     * stamp and hash ({@code input <size> <modified> <sha256> <path>}) and the size of each file of the site
     * ({@code output <size> <path>}).
     */
    static final String FILES = ".leaflet-build-files.txt";

    private final BuildConfig config;
    private final Path file;
    private final Path filesFile;

    private final Properties last;
    private final Map<String, Known> known = new HashMap<>();
    private final List<Listed> lastOutputs = new ArrayList<>();

    BuildState(BuildConfig config) {
        this.config = config;
        this.file = config.outputDirectory().resolve(FILE);
        this.filesFile = config.outputDirectory().resolve(FILES);
        this.last = read(file);
        if (!last.isEmpty()) {
            readFiles();
        }
    }

    /**
     * The SHA-256 of everything a build reads: each file's path and content, the settings, the plugin.
     *
     * @param hash the hash, in hex
     * @param files what is known of each file, by its path
     */
    record Inputs(String hash, Map<String, Known> files) {

        int count() {
            return files.size();
        }
    }

    /**
     * An input file's hash, with its stamp when it has one: a file whose stamp is unchanged keeps its recorded
     * hash.
     */
    record Known(Optional<FileStamp> stamp, String sha256) {}

    /** A file of the site, as the last build wrote it. */
    private record Listed(String path, long size) {}

    Inputs inputs() {
        MessageDigest digest = Sha256.digest();
        update(digest, "plugin " + Manifest.pluginBuildId());
        update(digest, "settings " + config);
        Map<String, Known> files = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (Path folder : List.of(config.contentDirectory(), config.templatesDirectory())) {
            List<Map.Entry<Path, BasicFileAttributes>> found = files(folder);
            // Hashing is most of the work: every core shares it, the order stays the folders'.
            List<Known> knowns = found.parallelStream()
                    .map(input -> known(input.getKey(), input.getValue(), now))
                    .toList();
            for (int i = 0; i < found.size(); i++) {
                Path input = found.get(i).getKey();
                update(digest, relative(folder, input) + " " + knowns.get(i).sha256());
                files.put(input.toString(), knowns.get(i));
            }
        }
        return new Inputs(Sha256.hex(digest), files);
    }

    /** What is known of the file, hashing its bytes unless its stamp is the one the last build recorded. */
    private Known known(Path input, BasicFileAttributes attributes, Instant now) {
        Optional<FileStamp> stamp = FileStamp.of(attributes, now);
        Known before = known.get(input.toString());
        if (stamp.isPresent() && before != null && stamp.equals(before.stamp())) {
            return before;
        }
        try {
            return new Known(stamp, Sha256.of(input));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }

    private static Properties read(Path file) {
        Properties state = new Properties();
        if (Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file)) {
                state.load(in);
            } catch (IOException | RuntimeException e) {
                // A state file that cannot be read only costs a full build.
                state.clear();
            }
        }
        return state;
    }

    private void readFiles() {
        try (BufferedReader lines = Files.newBufferedReader(filesFile)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("input ")) {
                    String[] fields = line.split(" ", 5);
                    known.put(
                            fields[4],
                            new Known(
                                    Optional.of(new FileStamp(Long.parseLong(fields[1]), Long.parseLong(fields[2]))),
                                    fields[3]));
                } else {
                    String[] fields = line.split(" ", 3);
                    lastOutputs.add(new Listed(fields[2], Long.parseLong(fields[1])));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Without it every input is hashed again, and the site cannot be shown to be in place.
            known.clear();
            lastOutputs.clear();
        }
    }

    /**
     * The findings of the last build, when it published from the same inputs and its site and reports are
     * still as it left them.
     */
    Optional<BuildResult> unchangedSince(Inputs inputs) {
        try {
            if (!inputs.hash().equals(last.getProperty("inputs"))
                    || !outputsInPlace(last.getProperty("manifest", ""))) {
                return Optional.empty();
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            int count = Integer.parseInt(last.getProperty("diagnostics"));
            for (int i = 0; i < count; i++) {
                String prefix = "diagnostic." + i + ".";
                diagnostics.add(new Diagnostic(
                        new SourcePosition(
                                Path.of(required(prefix + "file")),
                                Integer.parseInt(required(prefix + "line")),
                                Integer.parseInt(required(prefix + "column"))),
                        Severity.valueOf(required(prefix + "severity")),
                        required(prefix + "rule"),
                        required(prefix + "message")));
            }
            return Optional.of(BuildResult.unchanged(diagnostics, Integer.parseInt(required("texts"))));
        } catch (IOException | RuntimeException e) {
            // A state file that cannot be read only costs a full build.
            return Optional.empty();
        }
    }

    private String required(String key) {
        String value = last.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no " + key + " in " + file);
        }
        return value;
    }

    /** Records a build that published its site from {@code inputs}, with the size of each file it wrote. */
    void record(Inputs inputs, BuildResult result, Map<String, Long> outputs) throws IOException {
        Path manifest = config.siteDirectory().resolve(Manifest.FILE);
        StringBuilder lines = new StringBuilder();
        inputs.files().forEach((path, input) -> input.stamp()
                .filter(stamp -> oneLine(path))
                .ifPresent(stamp -> lines.append("input ")
                        .append(stamp.size())
                        .append(' ')
                        .append(stamp.modified())
                        .append(' ')
                        .append(input.sha256())
                        .append(' ')
                        .append(path)
                        .append('\n')));
        outputs.forEach((path, size) ->
                lines.append("output ").append(size).append(' ').append(path).append('\n'));
        Files.writeString(filesFile, lines);

        Properties state = new Properties();
        state.setProperty("inputs", inputs.hash());
        state.setProperty("manifest", stamp(manifest));
        state.setProperty("texts", String.valueOf(result.texts()));
        List<Diagnostic> diagnostics = result.diagnostics();
        state.setProperty("diagnostics", String.valueOf(diagnostics.size()));
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic diagnostic = diagnostics.get(i);
            String prefix = "diagnostic." + i + ".";
            state.setProperty(prefix + "file", diagnostic.position().path());
            state.setProperty(
                    prefix + "line", String.valueOf(diagnostic.position().line()));
            state.setProperty(
                    prefix + "column", String.valueOf(diagnostic.position().column()));
            state.setProperty(prefix + "severity", diagnostic.severity().name());
            state.setProperty(prefix + "rule", diagnostic.ruleId());
            state.setProperty(prefix + "message", diagnostic.message());
        }
        try (Writer out = Files.newBufferedWriter(file)) {
            state.store(out, "The last build that published the site");
        }
    }

    /** A path that cannot be told on one line of {@link #FILES} is hashed again at each build. */
    private static boolean oneLine(String path) {
        return path.indexOf('\n') < 0 && path.indexOf('\r') < 0;
    }

    /** Forgets the last build, before anything replaces its reports or its site. */
    static void forget(BuildConfig config) throws IOException {
        Files.deleteIfExists(config.outputDirectory().resolve(FILE));
        Files.deleteIfExists(config.outputDirectory().resolve(FILES));
    }

    /**
     * The manifest's size and modification time. The site's other files are known by their sizes; hashing the
     * manifest, megabytes on a large site, was a fifth of a build that found nothing changed.
     */
    private static String stamp(Path manifest) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(manifest, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /** Whether the site has the manifest the last build wrote and every file it lists, and the reports exist. */
    private boolean outputsInPlace(String manifestStamp) throws IOException {
        Path site = config.siteDirectory();
        Path manifest = site.resolve(Manifest.FILE);
        if (lastOutputs.isEmpty() || !Files.isRegularFile(manifest) || !manifestStamp.equals(stamp(manifest))) {
            return false;
        }
        for (String report : List.of(ReportWriter.HTML, ReportWriter.JSON, ReportWriter.SARIF)) {
            if (!Files.isRegularFile(config.outputDirectory().resolve(report))) {
                return false;
            }
        }
        // The manifest is the one the last build wrote, which listed these files.
        return lastOutputs.parallelStream().allMatch(listed -> {
            Path listedFile = site.resolve(listed.path());
            try {
                BasicFileAttributes attributes = Files.readAttributes(listedFile, BasicFileAttributes.class);
                return attributes.isRegularFile() && attributes.size() == listed.size();
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** {@code input}'s path under {@code folder}, worked out as a string: a path's own way costs far more. */
    private static String relative(Path folder, Path input) {
        String prefix = folder + folder.getFileSystem().getSeparator();
        String path = input.toString();
        return path.startsWith(prefix)
                ? path.substring(prefix.length())
                : folder.relativize(input).toString();
    }

    /**
     * Every file under {@code folder} (links followed) with its attributes: the folder's entries in the order
     * of their names, the files under each in the order of their paths.
     */
    private static List<Map.Entry<Path, BasicFileAttributes>> files(Path folder) {
        String[] names = folder.toFile().list();
        if (names == null) {
            return List.of();
        }
        // Sorted by name, and each entry's few files apart, rather than thousands of paths as paths.
        Arrays.sort(names);
        // Each leaflet's folder is walked apart, on every core: the walk waits on the file system.
        return Arrays.stream(names)
                .parallel()
                .flatMap(name -> walk(folder.resolve(name)).stream())
                .toList();
    }

    /**
     * The files under {@code start}, or {@code start} itself, each with the attributes the walk read, in the
     * order of their paths.
     */
    private static List<Map.Entry<Path, BasicFileAttributes>> walk(Path start) {
        List<Map.Entry<Path, BasicFileAttributes>> files = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path input, BasicFileAttributes attributes) throws IOException {
                    BasicFileAttributes target = attributes.isSymbolicLink()
                            ? Files.readAttributes(input, BasicFileAttributes.class)
                            : attributes;
                    if (target.isRegularFile()) {
                        files.add(Map.entry(input, target));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + start, e);
        }
        files.sort(Map.Entry.comparingByKey());
        return files;
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
