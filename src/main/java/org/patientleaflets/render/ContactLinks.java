package org.patientleaflets.render;

import com.vladsch.flexmark.html.HtmlWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;
import org.patientleaflets.content.PhoneNumbers;

/**
 * Writes the phone numbers and e-mail addresses of a text as links that a phone or a mail program opens,
 * showing them as the author wrote them.
 */
final class ContactLinks {

    private static final Pattern EMAIL_CANDIDATE =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern SPACES = Pattern.compile("[ \\u202F]");

    private final PhoneNumbers phones;
    private final EmailValidator emails = EmailValidator.getInstance();

    ContactLinks(String region) {
        this.phones = new PhoneNumbers(region);
    }

    /** Writes {@code text}, escaped, with a link around each phone number and e-mail address in it. */
    void write(HtmlWriter html, String text) {
        int written = 0;
        for (Contact contact : contacts(text)) {
            html.text(text.substring(written, contact.start()));
            html.attr("href", contact.href()).withAttr().tag("a");
            html.text(contact.display());
            html.tag("/a");
            written = contact.end();
        }
        html.text(text.substring(written));
    }

    private record Contact(int start, int end, String href, String display) {}

    private List<Contact> contacts(String text) {
        List<Contact> found = new ArrayList<>();
        for (PhoneNumbers.Found number : phones.in(text)) {
            // A number cut at the end of a line is hard to read out or dial: keep it whole.
            String display = SPACES.matcher(number.written()).replaceAll("\u00A0");
            found.add(new Contact(number.start(), number.end(), "tel:" + number.e164(), display));
        }
        Matcher email = EMAIL_CANDIDATE.matcher(text);
        while (text.indexOf('@') >= 0 && email.find()) {
            if (emails.isValid(email.group()) && found.stream().noneMatch(c -> overlaps(c, email))) {
                found.add(new Contact(email.start(), email.end(), "mailto:" + email.group(), email.group()));
            }
        }
        found.sort(Comparator.comparingInt(Contact::start));
        return found;
    }

    private static boolean overlaps(Contact contact, Matcher match) {
        return match.start() < contact.end() && contact.start() < match.end();
    }
}
