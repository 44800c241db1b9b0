package org.patientleaflets.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record of every frozen file, {@code content/published.yaml}: which files were published and the
 * SHA-256 each had then.
 *
 * @param file the ledger file, relative to the project directory
 * @param entries the entries by path relative to the content folder, such as {@code demo/versions/1/fr.md}
 */
public record Ledger(Path file, SortedMap<String, Entry> entries) {

    /** The ledger's name inside the content folder. */
    public static final String FILE_NAME = "published.yaml";

    public Ledger {
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    /**
     * One frozen file.
     *
     * @param sha256 the SHA-256 of the file's bytes when it was published, in lower-case hex
     * @param position where the entry is written in the ledger
     */
    public record Entry(String sha256, SourcePosition position) {}
}
