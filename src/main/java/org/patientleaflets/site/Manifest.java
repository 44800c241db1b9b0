package org.patientleaflets.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * {@code manifest.json}: every file of the site with its size and SHA-256, the plugin version and the build
 * time, so that a clinic can prove which exact files it served.
 */
public final class Manifest {

    public static final String FILE = "manifest.json";

    private Manifest() {}

    /**
     * Writes the manifest of the site in {@code folder}, which holds the files {@code entries} describe, by
     * path; {@code paths} are the entries' paths, in order.
     */
    static void write(Path folder, Instant buildTime, Collection<String> paths, Map<String, Entry> entries)
            throws IOException {
        // Streamed: a tree of tens of thousands of nodes would only be built to be written once.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(FILE)));
                JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("generator", "leaflet-maven-plugin " + pluginVersion());
            json.writeStringField("buildTime", buildTime.toString());
            json.writeArrayFieldStart("files");
            for (String path : paths) {
                Entry entry = entries.get(path);
                json.writeStartObject();
                json.writeStringField("path", entry.path());
                json.writeNumberField("size", entry.size());
                json.writeStringField("sha256", entry.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /**
     * The paths in the manifest's order. Those of {@code last}, the order of an earlier manifest, keep their
     * places; only the others are sorted and merged in: a preview's save changes a few names among tens of
     * thousands, and sorting 20,000 of them anew took some 15 ms of every save.
     */
    static Set<String> order(Set<String> paths, Set<String> last) {
        List<String> added = new ArrayList<>();
        for (String path : paths) {
            if (!last.contains(path)) {
                added.add(path);
            }
        }
        Collections.sort(added);
        Set<String> ordered = new LinkedHashSet<>(paths.size() * 2);
        int next = 0;
        for (String path : last) {
            if (paths.contains(path)) {
                while (next < added.size() && added.get(next).compareTo(path) < 0) {
                    ordered.add(added.get(next++));
                }
                ordered.add(path);
            }
        }
        ordered.addAll(added.subList(next, added.size()));
        return ordered;
    }

    /** One file of the site: its path relative to the site's root, with forward slashes. */
    record Entry(String path, long size, String sha256) {}

    /**
     * Every file of the site, in the order of their paths. The walk hands each file's attributes over: asking
     * again whether it is a file cost a call to the system for each of a large site's 20,000 files.
     */
    static List<Path> files(Path site) throws IOException {
        List<Map.Entry<String, Path>> found = new ArrayList<>();
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                    found.add(Map.entry(site.relativize(file).toString(), file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        // Sorted by the paths as the manifest writes them, each worked out once.
        found.sort(Map.Entry.comparingByKey());
        return found.stream().map(Map.Entry::getValue).toList();
    }

    /** The version of this plugin, as its build recorded it. */
    public static String pluginVersion() {
        return pluginBuild().getProperty("version");
    }

    /** The version of this plugin and when it was built, which tells two builds of a snapshot apart. */
    public static String pluginBuildId() {
        Properties build = pluginBuild();
        return build.getProperty("version") + " built " + build.getProperty("built");
    }

    private static Properties pluginBuild() {
        try (InputStream in = Manifest.class.getResourceAsStream("/org/patientleaflets/version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin version", e);
        }
    }
}
