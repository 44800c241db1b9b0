package org.patientleaflets.proofread;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.patientleaflets.config.LanguageToolJars;
import org.patientleaflets.model.Content;

/**
 * Gives proofreaders that LanguageTool does the work of, loading LanguageTool the first time one is asked for:
 * a build that does not proofread never loads it. LanguageTool is found where {@link LanguageToolJars} says: on
 * the engine's class path, or in jars fetched then, which get a class loader of their own, kept for every later
 * build in the same JVM since loading a language's rules takes seconds.
 */
public final class LanguageTool {

    /** Named, never referred to, so that only the class loader that holds LanguageTool loads it. */
    static final String PROOFREADER = LanguageToolClassLoader.PROOFREADING + "LanguageToolProofreader";

    private static final String CHECKER = "org.languagetool.JLanguageTool";

    private static final Map<List<Path>, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    private LanguageTool() {}

    /**
     * A proofreader of the content.
     *
     * @throws LanguageToolUnavailableException when LanguageTool cannot be had, saying why
     */
    public static Proofreader proofreader(Content content, LanguageToolJars languageTool) {
        ClassLoader loader = loader(languageTool);
        try {
            return Class.forName(PROOFREADER, true, loader)
                    .asSubclass(Proofreader.class)
                    .getConstructor(Content.class)
                    .newInstance(content);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException fault) {
                throw fault;
            }
            throw new IllegalStateException("LanguageTool's proofreader failed to start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LanguageTool's proofreader cannot be loaded", e);
        }
    }

    private static ClassLoader loader(LanguageToolJars languageTool) {
        ClassLoader engine = LanguageTool.class.getClassLoader();
        if (languageTool.onClassPath()) {
            requireChecker(
                    engine,
                    "which is not on the class path: add org.languagetool:language-fr and"
                            + " org.languagetool:language-en to it");
            return engine;
        }
        List<Path> jars;
        try {
            jars = languageTool.jars();
        } catch (RuntimeException e) {
            throw new LanguageToolUnavailableException(
                    "proofreading needs LanguageTool, which could not be fetched: " + e.getMessage(), e);
        }
        ClassLoader loader = LOADERS.computeIfAbsent(jars, fetched -> new LanguageToolClassLoader(fetched, engine));
        requireChecker(loader, "which is in none of the " + jars.size() + " jars fetched for it");
        return loader;
    }

    private static void requireChecker(ClassLoader loader, String otherwise) {
        try {
            Class.forName(CHECKER, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new LanguageToolUnavailableException("proofreading needs LanguageTool, " + otherwise, e);
        }
    }
}
