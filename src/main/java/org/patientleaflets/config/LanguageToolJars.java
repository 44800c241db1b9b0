package org.patientleaflets.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where proofreading finds LanguageTool: on the engine's own class path, or in jars fetched the first time a
 * build proofreads. LanguageTool and its languages are dozens of jars that only proofreading needs, so a caller
 * may leave them out of its class path and give the engine a way to fetch them instead; whether proofreading
 * is on is known only once {@code site.yaml} is read.
 */
public final class LanguageToolJars {

    private static final LanguageToolJars CLASS_PATH = new LanguageToolJars(null);

    private final Supplier<List<Path>> fetch;
    private List<Path> fetched;

    private LanguageToolJars(Supplier<List<Path>> fetch) {
        this.fetch = fetch;
    }

    /** LanguageTool is on the class path that loaded the engine. */
    public static LanguageToolJars classPath() {
        return CLASS_PATH;
    }

    /**
     * LanguageTool is fetched when a build first proofreads.
     *
     * @param fetch gives the jars of LanguageTool, its languages and the libraries they need; it is called only
     *     when proofreading is on, and no more once it has succeeded. It throws with the reason, in words for
     *     the user, when they cannot be had.
     */
    public static LanguageToolJars fetchedBy(Supplier<List<Path>> fetch) {
        return new LanguageToolJars(Objects.requireNonNull(fetch, "fetch"));
    }

    /** Whether LanguageTool is to be found on the engine's own class path. */
    public boolean onClassPath() {
        return fetch == null;
    }

    /**
     * The jars, fetched the first time; none when LanguageTool is on the class path.
     *
     * @throws RuntimeException whatever the fetching threw, with its reason
     */
    public synchronized List<Path> jars() {
        if (fetch == null) {
            return List.of();
        }
        if (fetched == null) {
            fetched = List.copyOf(fetch.get());
        }
        return fetched;
    }

    /** Stable across runs, since the build's settings, this among them, decide whether a build is unchanged. */
    @Override
    public String toString() {
        return fetch == null ? "class path" : "fetched when proofreading";
    }
}
