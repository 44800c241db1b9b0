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
 * Texts an earlier load read, for a preview that reads the content again at every save: a file whose
 * characters are those it had last time gives the same text and the same findings, without being parsed
 * again. Only the texts the last load read are kept.
 */
public final class TextCache {

    private record Key(Path file, String slug, String language) {}

    /** A text as read, known by the SHA-256 of its file rather than a second copy of its characters. */
    private record Read(String sha256, Optional<LeafletText> text, List<Diagnostic> diagnostics) {}

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
     * The text read from {@code file}, parsed by {@code parse} into findings of its own unless the file
     * had the same bytes last time; its findings are added to {@code diagnostics} either way.
     */
    Optional<LeafletText> text(
            Path file,
            String slug,
            String language,
            TextFileReader.TextFile textFile,
            List<Diagnostic> diagnostics,
            Function<List<Diagnostic>, Optional<LeafletText>> parse) {
        if (!keeps) {
            return parse.apply(diagnostics);
        }
        Key key = new Key(file, slug, language);
        Read last = previous.get(key);
        if (last == null || !last.sha256().equals(textFile.sha256())) {
            List<Diagnostic> own = new ArrayList<>();
            last = new Read(textFile.sha256(), parse.apply(own), List.copyOf(own));
        }
        used.put(key, last);
        diagnostics.addAll(last.diagnostics());
        return last.text();
    }
}
