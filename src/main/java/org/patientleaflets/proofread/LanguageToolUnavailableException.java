package org.patientleaflets.proofread;

/** Proofreading was asked for, and LanguageTool cannot be had: the message says why, for the user. */
public final class LanguageToolUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LanguageToolUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
