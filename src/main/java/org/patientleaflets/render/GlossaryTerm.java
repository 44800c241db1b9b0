package org.patientleaflets.render;

/**
 * A glossary entry shown with a text that uses the word.
 *
 * @param term the word
 * @param definition what it means
 */
public record GlossaryTerm(String term, String definition) {}
