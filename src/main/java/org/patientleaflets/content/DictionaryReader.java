package org.patientleaflets.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patientleaflets.model.Diagnostic;

/**
 * Reads {@code content/dictionary.<lang>.txt}: the product names and medical terms proofreading accepts, one
 * word or phrase per line; blank lines and lines starting with {@code #} are left out.
 */
public final class DictionaryReader {

    private final TextFileReader files;

    DictionaryReader(TextFileReader files) {
        this.files = files;
    }

    /** The entries of every language that has a file, in the order written. */
    Map<String, List<String>> read(Path contentDirectory, List<String> languages, List<Diagnostic> diagnostics) {
        Map<String, List<String>> dictionary = new TreeMap<>();
        for (String language : languages) {
            Path file = contentDirectory.resolve(fileName(language));
            if (Files.isRegularFile(file)) {
                files.read(file, diagnostics)
                        .ifPresent(text -> dictionary.put(
                                language,
                                text.lines()
                                        .map(String::strip)
                                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                                        .toList()));
            }
        }
        return dictionary;
    }

    /** The file holding the dictionary of a language, inside the content folder. */
    public static String fileName(String language) {
        return "dictionary." + language + ".txt";
    }
}
