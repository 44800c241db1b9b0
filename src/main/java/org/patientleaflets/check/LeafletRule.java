package org.patientleaflets.check;

/**
 * A rule whose findings about a leaflet come from that leaflet alone, read with the site's settings, glossary
 * and dictionary, and point into the leaflet's folder: a leaflet equal to one checked before, in the same site,
 * has the same findings. Rules that compare leaflets with each other, or with the ledger, are not of this kind.
 */
public interface LeafletRule extends Rule {}
