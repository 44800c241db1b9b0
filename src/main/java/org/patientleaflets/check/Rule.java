package org.patientleaflets.check;

import org.patientleaflets.model.Content;

/** One check of the content, reporting under one stable id. */
public interface Rule {

    /** The kebab-case id printed after each finding, such as {@code required-section}. */
    String id();

    /** One sentence saying what the rule guards, for reports. */
    String description();

    void check(Content content, Findings findings);
}
