package org.patientleaflets.content;

/**
 * A quick test that text may hold a phone number, before the costly matcher of libphonenumber looks for
 * one. A number's digits are only ever apart by spaces and punctuation, never by letters, and it has at least
 * three of them (emergency numbers such as 112): text without three digits between two letters holds none.
 */
public final class PhoneCandidates {

    private static final int MIN_DIGITS = 3;

    private PhoneCandidates() {}

    /** Whether some stretch of {@code text} without letters has at least three digits. */
    public static boolean mayHoldOne(CharSequence text) {
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
