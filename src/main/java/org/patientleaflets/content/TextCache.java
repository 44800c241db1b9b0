package org.patientleaflets.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.LeafletText;

/**
 * Texts an earlier load read, for a preview that reads the content again at every save: a file whose size
 * and modification time are those it had last time is not read again, and one whose bytes are the same gives
 * the same text and the same findings without being parsed again. Only the texts the last load read are kept.
 */
public final class TextCache {

    private record Key(Path file, String slug, String language) {}

    /**
     * A text as read, known by the SHA-256 of its file rather than a second copy of its characters.
     *
     * @param stamp the file's size and time, taken before it was read
     */
    record Read(String sha256, Optional<LeafletText> text, List<Diagnostic> diagnostics, FileStamp stamp) {}

    private final boolean keeps;
    private volatile Map<Key, Read> previous = new ConcurrentHashMap<>();
    private volatile Map<Key, Read> used = new ConcurrentHashMap<>();

    private TextCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** Parses every text: a single load has nothing to reuse. */
    public static TextCache none() {
        return new TextCache(false);
    }

    /** Keeps what each load reads for the next. */
    public static TextCache kept() {
        return new TextCache(true);
    }

    synchronized void startLoad() {
        used = new ConcurrentHashMap<>();
    }

    synchronized void endLoad() {
        if (keeps) {
            previous = used;
        }
        used = new ConcurrentHashMap<>();
    }

    /** The stamp of {@code file}, when texts are kept and it can be had. */
    Optional<FileStamp> stamp(Path file) {
        return keeps ? FileStamp.of(file) : Optional.empty();
    }

    /** The text last read from {@code file}, which still has the stamp it had then. */
    Optional<Read> unchanged(Path file, String slug, String language, FileStamp stamp) {
        Key key = new Key(file, slug, language);
        Read last = previous.get(key);
        if (last == null || !stamp.equals(last.stamp())) {
            return Optional.empty();
        }
        used.put(key, last);
        return Optional.of(last);
    }

    /**
     * The text read from {@code file}, parsed by {@code parse} into findings of its own unless the file
     * had the same bytes last time; its findings are added to {@code diagnostics} either way.
     */
    Optional<LeafletText> text(
            Path file,
            String slug,
            String language,
            TextFileReader.TextFile textFile,
            Optional<FileStamp> stamp,
            List<Diagnostic> diagnostics,
            Function<List<Diagnostic>, Optional<LeafletText>> parse) {
        if (!keeps) {
            return parse.apply(diagnostics);
        }
        Key key = new Key(file, slug, language);
        Read last = previous.get(key);
        if (last == null || !last.sha256().equals(textFile.sha256())) {
            List<Diagnostic> own = new ArrayList<>();
            last = new Read(textFile.sha256(), parse.apply(own), List.copyOf(own), stamp.orElse(null));
        } else {
            last = new Read(last.sha256(), last.text(), last.diagnostics(), stamp.orElse(null));
        }
        used.put(key, last);
        diagnostics.addAll(last.diagnostics());
        return last.text();
    }
}
