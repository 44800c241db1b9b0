package org.patientleaflets.check;

import java.util.List;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Diagnostic;

/** One check of the content, reporting under one stable id. */
public interface Rule {

    /** The kebab-case id printed after each finding, such as {@code required-section}. */
    String id();

    List<Diagnostic> check(Content content);
}
