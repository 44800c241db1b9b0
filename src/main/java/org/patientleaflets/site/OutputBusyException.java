package org.patientleaflets.site;

import java.nio.file.Path;

/** Another build is writing the same output folder; this one stops rather than interleave with it. */
public final class OutputBusyException extends RuntimeException {

    public OutputBusyException(Path target) {
        super("another leaflet build is writing " + target + " right now; wait for it to finish, then run"
                + " this build again");
    }
}
