package org.patientleaflets.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.SourcePosition;

/** Reads a content file as UTF-8 text, turning every way it can be unreadable into a diagnostic. */
final class TextFileReader {

    static final String RULE = "unreadable-file";

    /** Larger texts are not patient leaflets; refusing them bounds the memory a build needs. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final Path projectDirectory;

    TextFileReader(Path projectDirectory) {
        this.projectDirectory = projectDirectory;
    }

    /**
     * A text as read: its characters, and the SHA-256 of the bytes they were decoded from.
     *
     * @param characters the text with any byte-order mark removed and line ends made {@code \n}
     * @param sha256 the SHA-256 of the file's bytes, in hex
     */
    record TextFile(String characters, String sha256) {}

    /** The text with any byte-order mark removed and line ends made {@code \n}, or empty after a diagnostic. */
    Optional<String> read(Path file, List<Diagnostic> diagnostics) {
        return readHashed(file, diagnostics).map(TextFile::characters);
    }

    /** The text as {@link #read} gives it, with the hash of the very bytes it came from. */
    Optional<TextFile> readHashed(Path file, List<Diagnostic> diagnostics) {
        Path shown = projectDirectory.relativize(file);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.add(Diagnostic.error(
                        SourcePosition.startOf(shown),
                        RULE,
                        "file is " + size + " bytes, more than the " + MAX_BYTES
                                + " bytes a leaflet text may have: split it or remove what is not text"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return decode(bytes, shown, diagnostics)
                    .map(text -> new TextFile(normaliseLineEnds(text), Sha256.of(bytes)));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(SourcePosition.startOf(shown), RULE, "cannot read the file: " + e));
            return Optional.empty();
        }
    }

    private static Optional<String> decode(byte[] bytes, Path shown, List<Diagnostic> diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.error(
                    firstInvalidByte(bytes, shown), RULE, "the file is not valid UTF-8: save it with UTF-8 encoding"));
            return Optional.empty();
        }
    }

    /** Finds the line and column of the first byte that is not UTF-8, to point the user at it. */
    private static SourcePosition firstInvalidByte(byte[] bytes, Path shown) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer input = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer output = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        output.flip();
        int line = 1;
        int column = 1;
        while (output.hasRemaining()) {
            if (output.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(shown, line, column);
    }

    private static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
