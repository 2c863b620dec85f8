package org.ganclassroom.text;

import java.util.Enumeration;
import java.util.ResourceBundle;

/**
 * The pseudo-locale {@value #CODE}: the English bundles with every letter accented and every text wrapped in
 * ⟦ ⟧ ("Step" becomes "⟦Šŧéþ⟧"), made when the bundle loads, with no file of its own. Run the app with
 * {@code --lang xx} and every word that did not come from a bundle shows as plain English, and a text cut off
 * or glued to another shows by its brackets; {@code PseudoLocaleTest} does this for every pane. Placeholders
 * ({0}) are kept, and so are the {@code key.*} entries, the keyboard's letters; {@link #plain} turns a marked
 * text back into English, for the quiz's key letters (T for "⟦Ŧŕûé⟧"). Numbers are written as in English.
 */
public final class PseudoLocale {

    /** The pseudo-locale's language code: not a language (ISO 639 has no "xx"), accepted wherever a code is. */
    public static final String CODE = "xx";
    public static final char OPEN = '⟦';
    public static final char CLOSE = '⟧';

    private static final String PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String MARKED = "ÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊÝŽåƀçđéƒĝĥîĵķļɱñöþǫŕšŧûṽŵẋýž";

    private PseudoLocale() {
    }

    /** Whether {@code code} names the pseudo-locale. */
    public static boolean is(String code) {
        return CODE.equalsIgnoreCase(code == null ? "" : code.strip());
    }

    /** {@code text} accented letter by letter and wrapped in ⟦ ⟧; the letters in {0}, {1} ... are digits. */
    public static String mark(String text) {
        StringBuilder marked = new StringBuilder(text.length() + 2).append(OPEN);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = PLAIN.indexOf(c);
            marked.append(at < 0 ? c : MARKED.charAt(at));
        }
        return marked.append(CLOSE).toString();
    }

    /** Back to English: the brackets gone, each accented letter of {@link #mark} its own plain letter again. */
    public static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == OPEN || c == CLOSE) {
                continue;
            }
            int at = MARKED.indexOf(c);
            plain.append(at < 0 ? c : PLAIN.charAt(at));
        }
        return plain.toString();
    }

    /** Whether {@code c} is one of the accented letters that {@link #mark} writes. */
    public static boolean isMarkedLetter(char c) {
        return MARKED.indexOf(c) >= 0;
    }

    /** {@code english} with every value {@linkplain #mark marked}, except the keyboard's letters ({@code key.*}). */
    static ResourceBundle of(ResourceBundle english) {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                if (!english.containsKey(key)) {
                    return null;
                }
                String value = english.getString(key);
                return key.startsWith("key.") ? value : mark(value);
            }

            @Override
            public Enumeration<String> getKeys() {
                return english.getKeys();
            }

            @Override
            protected java.util.Set<String> handleKeySet() {
                return english.keySet();
            }

            @Override
            public java.util.Locale getLocale() {
                return java.util.Locale.forLanguageTag(CODE);
            }
        };
    }
}
