package org.patientleaflets.model;

/**
 * HTML written into a Markdown text, which pages show as text rather than as markup.
 *
 * @param html the HTML as written, up to the end of its first line
 * @param position where it starts
 */
public record RawHtml(String html, SourcePosition position) {}
