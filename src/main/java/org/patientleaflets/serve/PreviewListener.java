package org.patientleaflets.serve;

import java.time.Duration;
import org.patientleaflets.model.BuildResult;

/** Hears of each build the preview makes, to tell its user. */
public interface PreviewListener {

    /**
     * A build ended, published or refused on its findings.
     *
     * @param result what the build found and wrote
     * @param renderedAnew how many of its pages changed and were rendered again, the others being kept
     * @param took how long the build took
     */
    void built(BuildResult result, int renderedAnew, Duration took);

    /** A build stopped on a fault outside the content, such as an output folder that cannot be written. */
    void failed(RuntimeException fault);

    /** A build needed more memory than the JVM has: the pages stay as the last build left them. */
    void ranOutOfMemory(OutOfMemoryError error);
}
