package org.patientleaflets.render;

/**
 * A leaflet as listed on a language index.
 *
 * @param title the title
 * @param summary the one-sentence summary
 * @param href the relative address of its page
 * @param version its current version
 * @param date the date that version takes effect, written for the reader
 */
public record LeafletEntry(String title, String summary, String href, int version, String date) {}
