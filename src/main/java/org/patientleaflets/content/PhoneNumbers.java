package org.patientleaflets.content;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phone numbers in text, found by libphonenumber as valid numbers of a region. Its matcher is costly, so
 * text that cannot hold a number is passed over, and what it found in a piece of text is remembered: leaflets
 * repeat the same contact lines. Safe to share between threads.
 */
public final class PhoneNumbers {

    /** The region libphonenumber knows as none: only numbers with their country code are found. */
    public static final String NO_REGION = "ZZ";

    /**
     * A bound below the digits of any number found, which has at least four (the shortest numbers of a few
     * regions). Emergency numbers such as 112 are short numbers, not valid numbers of a region: never found.
     */
    private static final int MIN_DIGITS = 3;

    /** How many pieces of text are remembered at most, so that memory stays bounded on any site. */
    private static final int REMEMBERED = 20_000;

    /**
     * A phone number as written.
     *
     * @param start where it starts in the text
     * @param end where it ends, exclusive
     * @param written the characters of the text that make it
     * @param e164 the number in international form, such as {@code +3264234820}
     */
    public record Found(int start, int end, String written, String e164) {}

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String region;
    private final Map<String, List<Found>> remembered = new ConcurrentHashMap<>();

    /** @param region the region numbers without a country code are read in, or {@code null} for none */
    public PhoneNumbers(String region) {
        this.region = region == null ? NO_REGION : region;
    }

    /** The region numbers without a country code are read in, {@link #NO_REGION} when there is none. */
    public String region() {
        return region;
    }

    /** The numbers in {@code text}, in the order they are written. */
    public List<Found> in(String text) {
        if (!mayHoldOne(text)) {
            return List.of();
        }
        List<Found> known = remembered.get(text);
        if (known != null) {
            return known;
        }
        List<Found> found = new ArrayList<>();
        for (PhoneNumberMatch match :
                phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            found.add(new Found(
                    match.start(),
                    match.end(),
                    match.rawString(),
                    phones.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164)));
        }
        List<Found> result = List.copyOf(found);
        if (remembered.size() < REMEMBERED) {
            remembered.put(text, result);
        }
        return result;
    }

    /**
     * Whether some stretch of {@code text} without letters has at least three digits. A number's digits are
     * only ever apart by spaces and punctuation, never by letters.
     */
    static boolean mayHoldOne(CharSequence text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                if (++digits >= MIN_DIGITS) {
                    return true;
                }
            } else if (Character.isLetter(c)) {
                digits = 0;
            }
        }
        return false;
    }
}
