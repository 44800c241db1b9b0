package org.patientleaflets.model;

/**
 * A line of a leaflet's table of contents: one of its sections.
 *
 * @param id the id of the section's heading, the target of the link
 * @param text the heading as the reader sees it
 */
public record ContentsEntry(String id, String text) {}
