package org.patientleaflets.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Fetches LanguageTool's French and English, with every library they need, through Maven's own resolver, from the
 * repositories the plugin came from: the plugin does not carry them, so that goals that do not proofread never
 * pay for them. Only Maven's exported resolver API is used, as a plugin must.
 */
final class LanguageToolResolver implements Supplier<List<Path>> {

    /** The languages the engine proofreads. */
    static final List<String> ARTIFACTS = List.of("language-fr", "language-en");

    private static final String GROUP = "org.languagetool";

    /** What a plugin runs with: the scopes Maven puts on a plugin's class path. */
    private static final Set<String> RUNTIME_SCOPES = Set.of("compile", "runtime");

    private static final DependencyFilter RUNTIME = (node, parents) -> node.getDependency() == null
            || RUNTIME_SCOPES.contains(node.getDependency().getScope());

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final Log log;

    LanguageToolResolver(
            RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories, Log log) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
        this.log = log;
    }

    /** The version the plugin was built and tested with, from the build's {@code languagetool.version}. */
    static String version() {
        try (InputStream in = LanguageToolResolver.class.getResourceAsStream("languagetool.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin's languagetool.properties", e);
        }
    }

    /** The artifacts fetched, as {@code group:artifact:version}. */
    static List<String> coordinates() {
        String version = version();
        return ARTIFACTS.stream()
                .map(artifact -> GROUP + ":" + artifact + ":" + version)
                .toList();
    }

    /**
     * @throws IllegalStateException when Maven cannot resolve them, with Maven's reason
     */
    @Override
    public List<Path> get() {
        CollectRequest collect = new CollectRequest();
        for (String coordinates : coordinates()) {
            collect.addDependency(new Dependency(new DefaultArtifact(coordinates), "runtime"));
        }
        collect.setRepositories(repositories);
        try {
            List<Path> jars =
                    system
                            .resolveDependencies(session, new DependencyRequest(collect, RUNTIME))
                            .getArtifactResults()
                            .stream()
                            .map(ArtifactResult::getArtifact)
                            .map(artifact -> artifact.getFile().toPath())
                            .toList();
            log.debug("LanguageTool for proofreading: " + jars);
            return jars;
        } catch (DependencyResolutionException e) {
            log.debug(e);
            throw new IllegalStateException(failure(e), e);
        }
    }

    /** What Maven could not do and why, with what to do about it when Maven was told to stay offline. */
    private String failure(DependencyResolutionException e) {
        String from = repositories.stream().map(RemoteRepository::getId).collect(Collectors.joining(", "));
        String failure = "Maven could not resolve " + String.join(" and ", coordinates())
                + " from the plugin repositories (" + from + "): " + reason(e);
        return session.isOffline()
                ? failure + "; run the build once without --offline so that Maven can download them"
                : failure;
    }

    /** The innermost cause, which names the repository and what went wrong with it. */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause().getMessage() != null) {
            cause = cause.getCause();
        }
        String reason = cause.getMessage().strip();
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }
}
