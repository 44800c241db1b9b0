package org.patientleaflets.render;

/**
 * One version on a history page.
 *
 * @param version the version number
 * @param date the date the version took effect, written for the reader
 * @param changes what the version changed, or empty
 * @param href the relative address of the version's page
 * @param pdfHref the relative address of the version's printable leaflet
 * @param current whether this is the version in effect
 * @param newRisks the risks this version adds to the one before it, as the text words them
 */
public record HistoryEntry(
        int version,
        String date,
        String changes,
        String href,
        String pdfHref,
        boolean current,
        java.util.List<String> newRisks) {

    public HistoryEntry {
        newRisks = java.util.List.copyOf(newRisks);
    }
}
