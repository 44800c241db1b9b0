package org.patientleaflets.site;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.patientleaflets.content.Sha256;

/**
 * Where a build writes its site. Every file goes through it, so that the manifest lists each file's size and
 * SHA-256 without reading the file back, and so that a site kept up to date in place only writes the files
 * that changed.
 */
public abstract class SiteOutput {

    private final Map<String, Manifest.Entry> written = new ConcurrentHashMap<>();
    /** The paths of the last manifest written, in order: the next build of a preview mostly writes them again. */
    private Set<String> lastOrder = Set.of();

    SiteOutput() {}

    /**
     * A new site built beside {@code site} and swapped in whole when it is complete, so that a failed build
     * leaves the last one as it was.
     */
    public static SiteOutput staged(Path site) {
        return new StagedSite(site);
    }

    /**
     * A site kept up to date in place, build after build, for a preview: a file is written only when its
     * bytes differ from what the last build wrote there, and files the new build no longer has are deleted.
     */
    public static SiteOutput updatedInPlace(Path site) {
        return new UpdatedSite(site);
    }

    /** The folder the site is served from. */
    public abstract Path location();

    /** Starts a new build's writing. */
    final void begin() throws IOException {
        written.clear();
        open();
    }

    /** Writes the manifest and makes the new site the one served; returns how many files it lists. */
    final int publish(Instant buildTime) throws IOException {
        lastOrder = Manifest.order(written.keySet(), lastOrder);
        Manifest.write(folder(), buildTime, lastOrder, written);
        commit();
        return written.size();
    }

    /** Gets ready for a build's files: they go into {@link #folder()}. */
    abstract void open() throws IOException;

    /** The folder this build's files go into. */
    abstract Path folder();

    /** Whether the file as {@code entry} describes it is already in place, as the last build left it. */
    abstract boolean inPlace(Manifest.Entry entry);

    /**
     * The last build's entry for the file at {@code relative} when the file is there with exactly these bytes:
     * it needs neither writing nor hashing again.
     */
    Optional<Manifest.Entry> unchanged(String relative, byte[] bytes) throws IOException {
        return Optional.empty();
    }

    /** Makes what {@link #folder()} holds the site, once the manifest is in it. */
    abstract void commit() throws IOException;

    /** Gives up the build under way. */
    abstract void abandon() throws IOException;

    /** The size of each file of the last build, by path, the manifest aside. */
    public final Map<String, Long> sizes() {
        Map<String, Long> sizes = new TreeMap<>();
        written.forEach((path, entry) -> sizes.put(path, entry.size()));
        return sizes;
    }

    /** The files this build has written so far, by path. */
    final Map<String, Manifest.Entry> written() {
        return written;
    }

    final void writeText(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    final void write(String relative, byte[] bytes) throws IOException {
        Optional<Manifest.Entry> unchanged = unchanged(relative, bytes);
        if (unchanged.isPresent()) {
            written.put(relative, unchanged.get());
            return;
        }
        Path file = folder().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        written.put(relative, new Manifest.Entry(relative, bytes.length, Sha256.of(bytes)));
    }

    /**
     * The files the last build wrote under {@code name} when they are in place as it left them and were made
     * from a source equal to {@code source}: they are this build's too and need not be written. A source is
     * the value the files were made from, such as a leaflet with everything else its pages depend on; an
     * equal source makes the same files.
     */
    Optional<List<Manifest.Entry>> keptFrom(String name, Object source) {
        return Optional.empty();
    }

    /** Notes which of this build's files were written under {@code name}, from {@code source}. */
    void wroteFrom(String name, Object source, List<String> paths) {}

    /** Remembers a file that is in place without being written again. */
    final void kept(Manifest.Entry entry) {
        written.put(entry.path(), entry);
    }

    /** Writes text to a stream. */
    @FunctionalInterface
    interface TextSource {
        void writeTo(Writer writer) throws IOException;
    }

    /**
     * Streams a file whose name holds its own hash: it is written to {@code draft}, hashed on the way, then
     * given the name {@code nameForHash} makes of its SHA-256, which it returns.
     */
    final String writeHashed(String draft, TextSource text, UnaryOperator<String> nameForHash) throws IOException {
        Path draftFile = folder().resolve(draft);
        Files.createDirectories(draftFile.getParent());
        MessageDigest digest = Sha256.digest();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(Files.newOutputStream(draftFile), digest), StandardCharsets.UTF_8))) {
            text.writeTo(out);
        }
        String sha256 = Sha256.hex(digest);
        Manifest.Entry entry = new Manifest.Entry(nameForHash.apply(sha256), Files.size(draftFile), sha256);
        if (inPlace(entry)) {
            Files.delete(draftFile);
        } else {
            Files.move(draftFile, folder().resolve(entry.path()), StandardCopyOption.REPLACE_EXISTING);
        }
        written.put(entry.path(), entry);
        return entry.path();
    }
}
