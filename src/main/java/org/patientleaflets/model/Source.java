package org.patientleaflets.model;

/**
 * A reference a text rests on, listed under {@code sources} in its front matter.
 *
 * @param title the title of the work, as its publisher gives it
 * @param by the institution or authors who published it, or empty
 * @param date when it was published: a year, {@code YYYY-MM} or {@code YYYY-MM-DD}, as written
 * @param url where to read it, or empty
 * @param position where the reference is written
 */
public record Source(String title, String by, String date, String url, SourcePosition position) {}
