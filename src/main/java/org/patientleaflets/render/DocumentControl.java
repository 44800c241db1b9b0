package org.patientleaflets.render;

import java.util.List;

/**
 * What a reader needs to trust a text: which version it is, who approved it and when, when it is to be
 * reviewed, and what it rests on. Dates are written for the reader; an empty value was not given.
 *
 * @param version the text's version
 * @param date the date the version takes effect
 * @param reviewBy the date the text is to be reviewed by
 * @param owner the team responsible for the text
 * @param approvedBy who approved the text, or empty while it awaits approval
 * @param approvedOn the day it was approved, or empty while it awaits approval
 * @param sources the references the text rests on
 */
public record DocumentControl(
        int version,
        String date,
        String reviewBy,
        String owner,
        String approvedBy,
        String approvedOn,
        List<SourceEntry> sources) {

    public DocumentControl {
        sources = List.copyOf(sources);
    }

    /** Whether the text has not been approved yet, which the block says plainly. */
    public boolean awaitingApproval() {
        return approvedBy.isEmpty() || approvedOn.isEmpty();
    }

    /**
     * A reference as the reader sees it.
     *
     * @param title the work's title
     * @param by who published it, or empty
     * @param date when, as written: a year, a month or a day
     * @param url where to read it, or empty
     */
    public record SourceEntry(String title, String by, String date, String url) {}
}
