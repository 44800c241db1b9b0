package org.patientleaflets.check;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.validator.routines.EmailValidator;
import org.patientleaflets.config.RequiredSection;
import org.patientleaflets.content.PhoneNumbers;
import org.patientleaflets.model.Content;

/**
 * The contact section gives the patient a way to reach the team: a phone number valid for the site's
 * region, or a valid e-mail address.
 */
public final class ContactDetailsRule implements LeafletRule {

    static final String ID = "contact-details";
    static final String CONTACT_SECTION = "contact";

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final EmailValidator emails = EmailValidator.getInstance();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The contact section gives a valid phone number or e-mail address.";
    }

    @Override
    public void check(Content content, Findings findings) {
        Optional<RequiredSection> contact = content.settings().requiredSections().stream()
                .filter(section -> section.id().equals(CONTACT_SECTION))
                .findFirst();
        if (contact.isEmpty()) {
            return;
        }
        PhoneNumbers numbers = new PhoneNumbers(content.settings().phoneRegion());
        content.texts().forEach(text -> text.sections().stream()
                .filter(section -> contact.get().matches(section, text.language()))
                .filter(section -> !section.isEmpty())
                .filter(section -> !reachable(section.plainText(), numbers))
                .forEach(section -> findings.error(section.position(), message(numbers.region()))));
    }

    private boolean reachable(String text, PhoneNumbers numbers) {
        return !numbers.in(text).isEmpty()
                || Arrays.stream(text.split("[\\s<>()\\[\\],;]+"))
                        .map(word -> word.replaceAll("^mailto:|[.:]+$", ""))
                        .anyMatch(emails::isValid);
    }

    private String message(String region) {
        if (PhoneNumbers.NO_REGION.equals(region)) {
            return "the contact section gives no way to reach the team: write a phone number with its country"
                    + " code (site.yaml sets no phoneRegion) or an e-mail address";
        }
        String example = phones.format(phones.getExampleNumber(region), PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        return "the contact section gives no way to reach the team: write a phone number valid in region " + region
                + " (such as " + example + ") or an e-mail address";
    }
}
