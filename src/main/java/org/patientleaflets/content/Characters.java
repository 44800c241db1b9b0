package org.patientleaflets.content;

import java.util.function.IntPredicate;

/**
 * Scans of a text's characters on the paths a build takes for every text or page. A plain loop: a stream over
 * a string's characters costs several times as much under the C1 compiler large sites are built with.
 */
public final class Characters {

    private Characters() {}

    /** How many times {@code c} occurs in {@code text}. */
    public static int count(String text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }

    /** Whether a character of {@code text} passes {@code test}. */
    public static boolean anyMatch(String text, IntPredicate test) {
        return anyMatch(text, 0, text.length(), test);
    }

    /** Whether a character of {@code text} from {@code from} to {@code to} (exclusive) passes {@code test}. */
    public static boolean anyMatch(String text, int from, int to, IntPredicate test) {
        for (int i = from; i < to; i++) {
            if (test.test(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
