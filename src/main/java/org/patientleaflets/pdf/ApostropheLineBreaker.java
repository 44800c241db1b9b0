package org.patientleaflets.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaks as the JDK finds them, except after a typographic apostrophe inside a word: the JDK would
 * print "l’" at the end of one line and "intervention" at the start of the next.
 */
final class ApostropheLineBreaker implements FSTextBreaker {

    private static final char APOSTROPHE = '\u2019';

    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int position = lines.next();
        while (position != BreakIterator.DONE && insideWord(position)) {
            position = lines.next();
        }
        return position;
    }

    private boolean insideWord(int position) {
        return position > 0
                && position < text.length()
                && text.charAt(position - 1) == APOSTROPHE
                && Character.isLetter(text.charAt(position));
    }
}
