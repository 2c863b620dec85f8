package org.ganclassroom.classmode;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Nicknames a student cannot use to pose as another: written in one normal form (NFKC, so "ｆｕｌｌ ｗｉｄｔｈ"
 * and ligatures are plain letters), with no invisible or direction characters (a zero-width space, or a
 * right-to-left override that shows "Ada" for what is stored as "adA"), and never a look-alike of a name
 * already taken ("Аda" with a Cyrillic А beside "Ada").
 *
 * <p>The look-alike test folds the Cyrillic and Greek letters that are drawn like Latin ones, plus digits
 * drawn like letters, to one skeleton. Unicode's full confusables table (ICU4J's SpoofChecker) would catch
 * more scripts, but ICU4J is a 13 MB jar for one check, and the scripts a classroom mixes up are these.
 */
final class Nicknames {

    /** Cyrillic and Greek letters drawn like Latin ones, each with the Latin letter it looks like. */
    private static final String LOOK_ALIKES = "аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdԛqԝwӏlαaβbεeιiκkνvοoρpτtυuχxγy"
            + "0o1l5s";

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private Nicknames() {
    }

    /** The nickname as stored: NFKC, stripped. */
    static String normalised(String nickname) {
        return nickname == null ? "" : Normalizer.normalize(nickname, Normalizer.Form.NFKC).strip();
    }

    /** True when the nickname has a character nobody sees or that reorders what is seen. */
    static boolean hasHiddenCharacters(String nickname) {
        return nickname.codePoints().anyMatch(c -> Character.isISOControl(c)
                // zero-width spaces, direction marks and overrides; but not the joiners Persian names and emoji
                // need (U+200C, U+200D), which the look-alike test ignores instead
                || Character.getType(c) == Character.FORMAT && c != ZWNJ && c != ZWJ
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.SURROGATE);
    }

    /** What the nickname looks like: two nicknames with one skeleton cannot both be in a class. */
    static String skeleton(String nickname) {
        String lower = normalised(nickname).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || c == ZWNJ || c == ZWJ) {
                return; // "A da" and "Ada" look alike on a small screen, and a joiner is invisible between letters
            }
            int at = LOOK_ALIKES.indexOf(c);
            out.appendCodePoint(at >= 0 && at % 2 == 0 ? LOOK_ALIKES.charAt(at + 1) : c);
        });
        return out.toString();
    }
}
