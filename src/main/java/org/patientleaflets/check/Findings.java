package org.patientleaflets.check;

import java.util.ArrayList;
import java.util.List;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.Severity;
import org.patientleaflets.model.SourcePosition;

/** Collects one rule's findings, stamping each with the rule's id. */
public final class Findings {

    private final String ruleId;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Findings(String ruleId) {
        this.ruleId = ruleId;
    }

    public void error(SourcePosition position, String message) {
        diagnostics.add(Diagnostic.error(position, ruleId, message));
    }

    public void warning(SourcePosition position, String message) {
        diagnostics.add(Diagnostic.warning(position, ruleId, message));
    }

    public void report(Severity severity, SourcePosition position, String message) {
        diagnostics.add(new Diagnostic(position, severity, ruleId, message));
    }

    /** Adds what {@code other}, made for a part of the same check, found. */
    void addAll(Findings other) {
        diagnostics.addAll(other.diagnostics);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
