package org.ganclassroom.classmode;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Six-character join codes a class reads off a projector and types on a phone: letters and digits that
 * cannot be mistaken for one another (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), case-insensitive. 25 symbols, six
 * places: 244 million codes, so guessing one over the room's Wi-Fi at the server's rate limit is hopeless.
 */
final class JoinCodes {

    static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String fresh() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether a typed code is this class's: spaces and case do not matter. */
    static boolean same(String code, String typed) {
        String cleaned = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return java.security.MessageDigest.isEqual(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                cleaned.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** A code an instructor chose (class --code): the alphabet's characters only, 4 to 12 of them. */
    static boolean valid(String code) {
        return code != null && code.length() >= 4 && code.length() <= 12
                && code.toUpperCase(Locale.ROOT).chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
