package org.patientleaflets.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class GoalRunnerTest {

    @TempDir
    Path folder;

    @Test
    void runningOutOfMemorySaysWhatTheJvmHadWhereToGiveItMoreAndThatTheSiteIsKept() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        assertThat(GoalRunner.outOfMemory("build", 384L << 20, project.config()))
                .isEqualTo("leaflet:build ran out of memory: Maven's JVM may use 384 MB, less than this content"
                        + " needs. Give it more in the project's .mvn/jvm.config, such as -Xmx384m for 10,000 texts"
                        + " and -Xmx768m for 20,000. The site in target/leaflets/site was left as it was.");
    }
}
