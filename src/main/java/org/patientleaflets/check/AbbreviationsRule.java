package org.patientleaflets.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patientleaflets.content.Scaffold;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.TextRun;

/**
 * Warns about an abbreviation (a word of 2 to 6 capital letters, such as AVC or ETO) that a text uses
 * before saying what it stands for: a patient cannot look it up while reading. An abbreviation is
 * explained at its first use by what follows it in brackets, {@code AVC (accident vasculaire cérébral)},
 * by brackets around it, {@code accident vasculaire cérébral (AVC)}, or by a comma and
 * {@code pour}/{@code for}, or a colon: {@code « CMP », pour commissurotomie mitrale percutanée}.
 */
public final class AbbreviationsRule implements LeafletRule {

    static final String ID = "abbreviations";

    // The capital comes first, so that the search fails at once on the other characters.
    private static final Pattern ABBREVIATION =
            Pattern.compile("\\p{Lu}(?<![\\p{L}\\p{N}]\\p{Lu})\\p{Lu}{1,5}(?![\\p{L}\\p{N}])");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLCDM]+");
    private static final String CLOSING_QUOTES = "[\\s\\u00A0\\u202F»”\"’]*";
    private static final Pattern EXPLAINED_AFTER =
            Pattern.compile(CLOSING_QUOTES + "(?:\\(|,\\s*(?:pour|for)\\s|:\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_BRACKETS_BEFORE = Pattern.compile("\\([\\s\\u00A0\\u202F«“\"]*$");
    // A capital word next to another is text in capitals, such as a heading, not an abbreviation.
    private static final Pattern CAPITALS_BEFORE = Pattern.compile("\\p{Lu}{2,}[\\s\\u00A0\\u202F]+(?:\\p{Lu}['’])?$");
    private static final Pattern CAPITALS_AFTER = Pattern.compile("[\\s\\u00A0\\u202F]+\\p{Lu}{2,}(?!\\p{Ll})");
    /** How far before an abbreviation to look for what explains it or for other capitals. */
    private static final int LOOK_BEHIND = 20;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "An abbreviation is written out at or before its first use.";
    }

    @Override
    public void check(Content content, Findings findings) {
        content.texts().forEach(text -> {
            // A glossary entry explains its term wherever the text uses it.
            Set<String> known = new HashSet<>(content.settings().abbreviations());
            content.glossary(text.language()).forEach(entry -> known.add(entry.term()));
            // A placeholder is not an abbreviation; its own rule reports it.
            known.add(Scaffold.MARKER);
            check(text, known, findings);
        });
    }

    private static void check(LeafletText text, Set<String> known, Findings findings) {
        List<TextRun> runs = text.sections().stream()
                .flatMap(section -> section.runs().stream())
                .toList();
        JoinedText joined = JoinedText.of(runs);
        Set<String> seen = new HashSet<>();
        Matcher word = ABBREVIATION.matcher(joined.text());
        while (word.find()) {
            String abbreviation = word.group();
            if (!seen.add(abbreviation)
                    || known.contains(abbreviation)
                    || ROMAN_NUMERAL.matcher(abbreviation).matches()
                    || inCapitals(joined.text(), word.start(), word.end())
                    || explained(joined.text(), word.start(), word.end())) {
                continue;
            }
            findings.warning(
                    joined.position(word.start()),
                    "'" + abbreviation + "' is used before it is explained: write what it stands for at its first"
                            + " use, as '" + abbreviation + " (...)', or add it to 'abbreviations' in site.yaml if"
                            + " every reader knows it");
        }
    }

    private static boolean explained(String text, int start, int end) {
        return EXPLAINED_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || IN_BRACKETS_BEFORE.matcher(text).region(before(start), start).find();
    }

    private static boolean inCapitals(String text, int start, int end) {
        return CAPITALS_BEFORE.matcher(text).region(before(start), start).find()
                || CAPITALS_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static int before(int start) {
        return Math.max(0, start - LOOK_BEHIND);
    }
}
