package org.patientleaflets.site;

import java.io.IOException;
import java.nio.file.Path;

/** A site written whole into a staging folder and swapped in at once: see {@link AtomicOutput}. */
final class StagedSite extends SiteOutput {

    private final Path site;
    private final AtomicOutput output;
    private Path staging;

    StagedSite(Path site) {
        this.site = site;
        this.output = new AtomicOutput(site);
    }

    @Override
    public Path location() {
        return site;
    }

    @Override
    void open() throws IOException {
        staging = output.begin();
    }

    @Override
    Path folder() {
        return staging;
    }

    @Override
    boolean inPlace(Manifest.Entry entry) {
        return false;
    }

    @Override
    void commit() throws IOException {
        output.commit();
    }

    @Override
    void abandon() throws IOException {
        output.abandon();
    }
}
