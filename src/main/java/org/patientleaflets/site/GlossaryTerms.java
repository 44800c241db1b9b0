package org.patientleaflets.site;

import java.util.List;
import java.util.regex.Pattern;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.render.GlossaryTerm;

/** The glossary entries a text uses, shown beside it so that a patient meets each definition where it is needed. */
final class GlossaryTerms {

    private GlossaryTerms() {}

    /**
     * The entries of the text's language whose term appears in it as a whole word; an abbreviation written
     * in capitals must appear in capitals, other words in any case.
     */
    static List<GlossaryTerm> used(Content content, LeafletText text) {
        String words = text.frontMatter().title() + "\n" + text.markdown();
        return content.glossary(text.language()).stream()
                .filter(entry -> pattern(entry.term()).matcher(words).find())
                .map(entry -> new GlossaryTerm(
                        SiteViews.typography(entry.term(), text.language()),
                        SiteViews.typography(entry.definition(), text.language())))
                .toList();
    }

    private static Pattern pattern(String term) {
        boolean abbreviation = term.equals(term.toUpperCase(java.util.Locale.ROOT));
        int flags = abbreviation ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])", flags);
    }
}
