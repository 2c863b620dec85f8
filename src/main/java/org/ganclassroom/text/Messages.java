package org.ganclassroom.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Sentences that the headless core says to people (why training paused, ...), from
 * {@code messages.properties} (English) and its translations ({@code messages_fr.properties}), in the
 * language the window chose ({@code ui.Texts.use} sets both), or on the command line the one {@code --lang}
 * names (English without it). Placeholders {0}, {1}, ... are replaced literally, as in {@code ui.Texts} (MessageFormat
 * would eat French apostrophes). {@code MessagesTest} keeps the bundles' keys equal and every key used present.
 */
public final class Messages {

    static final String BUNDLE = "org.ganclassroom.text.messages";
    private static volatile ResourceBundle bundle = load("en");
    private static volatile String language = "en";

    private Messages() {
    }

    /** The language from now on: a two-letter code; one without a translation means English ({@link PseudoLocale}: marked). */
    public static void use(String code) {
        language = code == null ? "en" : code;
        bundle = load(language);
    }

    public static String get(String key, Object... values) {
        return lookUp(bundle, key, values);
    }

    /**
     * {@code key}'s text in {@code bundle} with {0}, {1}, ... replaced literally; the key itself when the
     * bundle lacks it (visible on screen, and the bundles' tests keep it from shipping). Shared with ui.Texts.
     */
    public static String lookUp(ResourceBundle bundle, String key, Object... values) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException missing) {
            text = key;
        }
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /**
     * {@code key}'s text in {@code language} rather than the chosen one: class mode's True and False go to the
     * phones in the course's language, whatever the command line speaks.
     */
    public static String in(String language, String key, Object... values) {
        return lookUp(load(language), key, values);
    }

    /** A whole number as the chosen language writes it: 1,200 in English, 1 200 in French. */
    public static String number(long n) {
        return String.format(locale(), "%,d", n);
    }

    /** A number with {@code digits} decimals as the chosen language writes it: 0.25 in English, 0,25 in French. */
    public static String decimal(double x, int digits) {
        return String.format(locale(), "%." + digits + "f", x);
    }

    /** The language sentences are in now: a two-letter code. */
    public static String language() {
        return language;
    }

    /** "1 step", "1,200 steps": {@code key.one} for one, else {@code key.other}, with {@link #number} in {0}. */
    public static String count(String key, long n) {
        return get(key + pluralSuffix(language, n), number(n));
    }

    /** As above, with the sentence's own values: {@code n} chooses the form, {@code values} fill {0}, {1}, …. */
    public static String count(String key, long n, Object... values) {
        return get(key + pluralSuffix(language, n), values);
    }

    /**
     * {@code .one} or {@code .other}: the key a count of {@code n} takes in {@code language}. French says "0
     * réponse" and "1 réponse" (one for 0 and 1), English "0 answers" (one for 1 only): "1 réponses sur 2" was
     * the class window's French.
     */
    public static String pluralSuffix(String language, long n) {
        boolean one = "fr".equals(language) ? n == 0 || n == 1 : n == 1;
        return one ? ".one" : ".other";
    }

    /** How numbers are written in the chosen language: 1,200 and 0.25 in English, 1 200 and 0,25 in French. */
    public static Locale locale() {
        return Locale.forLanguageTag(language);
    }

    static ResourceBundle load(String code) {
        return words(BUNDLE, code);
    }

    /**
     * {@code base}'s bundle of words for people in a language: as {@link #bundle}, and for the pseudo-locale
     * ({@link PseudoLocale#CODE}) the English words marked. Not for the command line's help, whose picocli
     * markup the marks would break.
     */
    public static ResourceBundle words(String base, String code) {
        return PseudoLocale.is(code) ? PseudoLocale.of(bundle(base, "en")) : bundle(base, code);
    }

    /** {@code base}'s bundle for a language; English (the root bundle) whatever the computer's locale says. */
    public static ResourceBundle bundle(String base, String code) {
        return ResourceBundle.getBundle(base, Locale.forLanguageTag(code),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
