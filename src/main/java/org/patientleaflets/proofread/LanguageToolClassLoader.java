package org.patientleaflets.proofread;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * LanguageTool's jars over the engine's class loader. Everything but the proofreader is looked for in the engine
 * first, so that the proofreader and the rule that calls it share the model's classes and the engine's libraries.
 * The classes of the {@code proofread.languagetool} package are defined here instead, from the bytes the engine
 * holds, so that they see LanguageTool; since no class outside that package names them, the engine's own loader
 * never loads them.
 */
final class LanguageToolClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** The package whose classes use LanguageTool. */
    static final String PROOFREADING = "org.patientleaflets.proofread.languagetool.";

    LanguageToolClassLoader(List<Path> jars, ClassLoader engine) {
        super(urls(jars), engine);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(PROOFREADING)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = defineFromEngine(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> defineFromEngine(String name) throws ClassNotFoundException {
        URL file = getParent().getResource(name.replace('.', '/') + ".class");
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        try (InputStream in = file.openStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    private static URL[] urls(List<Path> jars) {
        return jars.stream()
                .map(jar -> {
                    try {
                        return jar.toUri().toURL();
                    } catch (MalformedURLException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toArray(URL[]::new);
    }
}
