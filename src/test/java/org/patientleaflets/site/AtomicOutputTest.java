package org.patientleaflets.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path folder;

    @Test
    void aSecondBuildOfTheSameOutputStopsInsteadOfInterleaving() throws IOException {
        Path site = folder.resolve("site");
        AtomicOutput first = new AtomicOutput(site);
        first.begin();

        assertThatThrownBy(() -> new AtomicOutput(site).begin())
                .isInstanceOf(OutputBusyException.class)
                .hasMessageContaining("another leaflet build is writing");

        first.abandon();
        AtomicOutput next = new AtomicOutput(site);
        next.begin();
        next.abandon();
    }

    @Test
    void aBuildKilledBetweenTheTwoMovesGetsTheLastGoodSiteBack() throws IOException {
        Path site = folder.resolve("site");
        Path retired = folder.resolve(".site.retired");
        Files.createDirectories(retired);
        Files.writeString(retired.resolve("index.html"), "last good");

        AtomicOutput output = new AtomicOutput(site);
        output.begin();
        output.abandon();

        assertThat(site.resolve("index.html")).hasContent("last good");
        assertThat(retired).doesNotExist();
    }

    @Test
    void leftoversOfAKilledBuildAreClearedAndTheSiteKept() throws IOException {
        Path site = folder.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "last good");
        Path staging = folder.resolve(".site.staging");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("half.html"), "half written");

        AtomicOutput output = new AtomicOutput(site);
        Path fresh = output.begin();

        assertThat(fresh).isEmptyDirectory();
        assertThat(site.resolve("index.html")).hasContent("last good");
        output.abandon();
        assertThat(staging).doesNotExist();
    }
}
