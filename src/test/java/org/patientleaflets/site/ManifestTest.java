package org.patientleaflets.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestTest {

    @Test
    void aBuildsNewFilesTakeTheirPlacesAmongTheLastManifestsAndItsGoneFilesLeave() {
        Set<String> last = new LinkedHashSet<>(
                List.of("assets/search-en-1.0a1b2c3d.js", "en/demo/index.html", "fr/demo/index.html", "fr/index.html"));
        Set<String> written = Set.of(
                "404.html",
                "assets/search-en-1.9f8e7d6c.js",
                "en/demo/index.html",
                "en/other/index.html",
                "fr/demo/index.html",
                "fr/index.html",
                "sitemap.xml");

        assertThat(Manifest.order(written, last))
                .containsExactly(
                        "404.html",
                        "assets/search-en-1.9f8e7d6c.js",
                        "en/demo/index.html",
                        "en/other/index.html",
                        "fr/demo/index.html",
                        "fr/index.html",
                        "sitemap.xml");
    }

    @Test
    void aFirstBuildsFilesAreInPathOrder() {
        assertThat(Manifest.order(Set.of("fr/index.html", "en/index.html", "404.html"), Set.of()))
                .containsExactly("404.html", "en/index.html", "fr/index.html");
    }
}
