package org.patientleaflets.model;

/**
 * A word a patient may not know, with its plain-language definition.
 *
 * @param term the word or abbreviation as texts write it
 * @param definition what it means, in plain words
 * @param position where the glossary file defines it
 */
public record GlossaryEntry(String term, String definition, SourcePosition position) {}
