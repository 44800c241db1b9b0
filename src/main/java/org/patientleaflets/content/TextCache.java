package org.patientleaflets.content;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
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
     * @param stamp the file's size and time, taken before it was read; null when it had none
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

    /**
     * The text of {@code file} with the SHA-256 of its bytes and its own findings: as the last load left it
     * while the file keeps its stamp, else read by {@code readFile} and, unless its bytes are those of last
     * time, parsed by {@code parse} into findings of its own. Empty when the file cannot be read, which
     * {@code readFile} reports.
     *
     * @param attributes the file's size and time as its folder was read, before the file is
     */
    Optional<Read> read(
            Path file,
            BasicFileAttributes attributes,
            String slug,
            String language,
            Supplier<Optional<TextFileReader.TextFile>> readFile,
            BiFunction<String, List<Diagnostic>, Optional<LeafletText>> parse) {
        // Looked at before the file is read: a change made while it is read shows in the next load's stamp.
        FileStamp stamp = keeps ? FileStamp.of(attributes, Instant.now()).orElse(null) : null;
        Key key = new Key(file, slug, language);
        Read last = keeps ? previous.get(key) : null;
        if (last != null && stamp != null && stamp.equals(last.stamp())) {
            used.put(key, last);
            return Optional.of(last);
        }
        return readFile.get().map(textFile -> {
            Read read;
            if (last != null && last.sha256().equals(textFile.sha256())) {
                read = new Read(last.sha256(), last.text(), last.diagnostics(), stamp);
            } else {
                List<Diagnostic> own = new ArrayList<>();
                read = new Read(textFile.sha256(), parse.apply(textFile.characters(), own), List.copyOf(own), stamp);
            }
            if (keeps) {
                used.put(key, read);
            }
            return read;
        });
    }
}
