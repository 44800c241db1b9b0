package org.patientleaflets.model;

/** How serious a finding is: errors stop publication, warnings only do with {@code failOnWarning}. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word printed in diagnostics, as compilers do. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
