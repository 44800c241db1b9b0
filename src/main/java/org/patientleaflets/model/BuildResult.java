package org.patientleaflets.model;

import java.util.List;

/**
 * What a check or a build found and did.
 *
 * @param diagnostics every finding, in reading order
 * @param texts how many texts were checked
 * @param pagesWritten how many pages were published, 0 when nothing was
 * @param pdfsWritten how many PDF leaflets were published, 0 when nothing was
 * @param published whether the output was replaced by this build
 * @param frozen the files that publishing froze into {@code versions/}, as messages write paths
 * @param unchanged whether the site and reports in place already came from the same inputs, and were kept
 */
public record BuildResult(
        List<Diagnostic> diagnostics,
        int texts,
        int pagesWritten,
        int pdfsWritten,
        boolean published,
        List<String> frozen,
        boolean unchanged) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        frozen = List.copyOf(frozen);
    }

    /** What a check, or a build that wrote nothing, found. */
    public static BuildResult checked(List<Diagnostic> diagnostics, int texts) {
        return new BuildResult(diagnostics, texts, 0, 0, false, List.of(), false);
    }

    /** The findings of a build whose site and reports, made from the same inputs, were kept as they were. */
    public static BuildResult unchanged(List<Diagnostic> diagnostics, int texts) {
        return new BuildResult(diagnostics, texts, 0, 0, false, List.of(), true);
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    /** Whether the findings forbid publishing: any error, or any warning when warnings count as errors. */
    public boolean blocksPublication(boolean failOnWarning) {
        return errors() > 0 || (failOnWarning && warnings() > 0);
    }

    /** {@code "2 errors, 1 warning in 4 texts"}. */
    public String summary() {
        return plural(errors(), "error") + ", " + plural(warnings(), "warning") + " in " + plural(texts, "text");
    }

    private long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
