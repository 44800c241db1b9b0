package org.patientleaflets.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.JLanguageTool;
import org.patientleaflets.TestProject;

/** Goals fetch LanguageTool through Maven's resolver, and say why when it cannot be had. */
class LanguageToolResolverTest {

    @TempDir
    Path folder;

    @TempDir
    Path emptyRepository;

    @Test
    void fetchesTheLanguageToolTheTestsProofreadWith() {
        assertThat(LanguageToolResolver.coordinates())
                .containsExactly(
                        "org.languagetool:language-fr:" + JLanguageTool.VERSION,
                        "org.languagetool:language-en:" + JLanguageTool.VERSION);
    }

    @Test
    void offlineWithAnEmptyRepositoryAProofreadingBuildSaysItNeedsLanguageToolAndWhyItCannotHaveIt() {
        // Maven's own resolver, as a goal gets it, but offline and with nothing downloaded yet.
        @SuppressWarnings("deprecation")
        RepositorySystem system = MavenRepositorySystemUtils.newServiceLocator().getService(RepositorySystem.class);
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        session.setOffline(true);
        session.setLocalRepositoryManager(
                system.newLocalRepositoryManager(session, new LocalRepository(emptyRepository.toFile())));
        RemoteRepository central =
                new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2").build();
        LanguageToolResolver resolver = new LanguageToolResolver(system, session, List.of(central), quietLog());

        TestProject project =
                TestProject.copyOf(TestProject.VALID, folder).proofread().fetchingLanguageTool(resolver);

        assertThat(project.findings())
                .containsExactly("content/site.yaml:1:1: error: proofreading needs LanguageTool, which could not be"
                        + " fetched: Maven could not resolve org.languagetool:language-fr:" + JLanguageTool.VERSION
                        + " and org.languagetool:language-en:" + JLanguageTool.VERSION + " from the plugin"
                        + " repositories (central): Cannot access central (https://repo.maven.apache.org/maven2) in"
                        + " offline mode; run the build once without --offline so that Maven can download them; no"
                        + " text was proofread [proofreading]");
    }

    private static Log quietLog() {
        return (Log) Proxy.newProxyInstance(
                Log.class.getClassLoader(),
                new Class<?>[] {Log.class},
                (proxy, method, arguments) -> method.getReturnType() == boolean.class ? false : null);
    }
}
