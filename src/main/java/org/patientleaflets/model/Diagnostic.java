package org.patientleaflets.model;

/**
 * One finding about the content, positioned in the file the user edits.
 *
 * @param position where the problem is
 * @param severity whether it blocks publication
 * @param ruleId the stable kebab-case id of the rule that found it
 * @param message what is wrong and how to fix it
 */
public record Diagnostic(SourcePosition position, Severity severity, String ruleId, String message) {

    public static Diagnostic error(SourcePosition position, String ruleId, String message) {
        return new Diagnostic(position, Severity.ERROR, ruleId, message);
    }

    public static Diagnostic warning(SourcePosition position, String ruleId, String message) {
        return new Diagnostic(position, Severity.WARNING, ruleId, message);
    }

    /** The compiler-style line: {@code content/mitraclip/en.md:42:1: error: message [rule-id]}. */
    public String format() {
        return position.path() + ":" + position.line() + ":" + position.column() + ": " + severity.label() + ": "
                + message + " [" + ruleId + "]";
    }
}
