package org.patientleaflets.model;

/**
 * A frozen copy of an earlier published version of a leaflet, read from
 * {@code content/<slug>/versions/<n>/}.
 *
 * @param number the version number, the folder's name
 * @param copy the frozen texts, as a leaflet whose folder is the version's folder (where its images are)
 */
public record PublishedVersion(int number, Leaflet copy) {}
