package org.patientleaflets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same content, in different folders, give the same files with the same bytes. */
class ReproducibleBuildTest {

    @Test
    void theSameContentGivesAByteIdenticalSiteInAnotherFolder(@TempDir Path one, @TempDir Path two) throws IOException {
        TestProject first = TestProject.copyOf(TestProject.VALID, one);
        TestProject second = TestProject.copyOf(TestProject.VALID, two);
        first.build();
        second.build();

        List<Path> files = files(first.site());
        assertThat(files).isEqualTo(files(second.site())).isNotEmpty();
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.site().resolve(file)))
                    .as("%s", file)
                    .isEqualTo(Files.readAllBytes(first.site().resolve(file)));
        }
    }

    private static List<Path> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(site::relativize)
                    .sorted()
                    .toList();
        }
    }
}
