package org.patientleaflets.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Keeps the PDF renderer's chatter (dozens of lines per document) out of the build log. Its warnings still
 * reach each render's diagnostic consumer, which turns them into findings.
 */
final class SilentRendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {}

    @Override
    public void log(String where, Level level, String msg, Throwable th) {}

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}
