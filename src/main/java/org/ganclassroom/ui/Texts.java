package org.ganclassroom.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import org.ganclassroom.text.PseudoLocale;

/**
 * The words of the window, from {@code texts.properties} (English) and its translations
 * ({@code texts_fr.properties}), chosen with the lessons' language. Placeholders are {0}, {1}, … and are
 * replaced literally: not MessageFormat, whose quoting rules would eat French apostrophes ("l'espace").
 * {@code TextsTest} fails when a translation lacks a key or a key used in the code is missing.
 *
 * <p>The window's own words come from here: the toolbar, status line and dialogs, every lesson page and
 * lab, the quizzes' buttons and keys, the training dock and class mode. The core's sentences to people (the
 * results summary, the progress-file notices, why training paused) come from {@code text.Messages} in the
 * same language; {@code UiLiteralsTest} fails when a sentence is written into the window's code. Numbers
 * follow {@link #locale()} (0,25 in French), and so do the lesson loader's problem reports and
 * Fashion-MNIST's class names (from {@code text.Messages}). Still English: what libraries say inside those
 * reports (SnakeYAML's syntax errors). The command line follows its own --lang. JavaFX's own OK, Cancel and
 * Close buttons follow the computer's language; "English" and the other language names in the settings are
 * each in their own language on purpose.
 *
 * <p>The pseudo-locale {@code xx} ({@code --lang xx}, {@link PseudoLocale}) shows the English lessons in a window
 * whose every bundle word is marked ("⟦Šŧéþ⟧"), so a word written anywhere else stands out as plain English;
 * {@code PseudoLocaleTest} visits every pane so and fails on such words.
 */
public final class Texts {

    static final String BUNDLE = "org.ganclassroom.ui.texts";
    private static volatile ResourceBundle bundle = load("en");
    private static volatile String language = "en";

    private Texts() {
    }

    /**
     * The language of the window from now on: a two-letter code; one without a translation means English, and
     * {@link PseudoLocale#CODE} the English words marked, to find words that are not in the bundles.
     */
    public static void use(String code) {
        language = code == null ? "en" : code;
        bundle = load(language);
        org.ganclassroom.text.Messages.use(language); // the core's sentences follow the window
    }

    public static String language() {
        return language;
    }

    public static String get(String key, Object... values) {
        return org.ganclassroom.text.Messages.lookUp(bundle, key, values); // TextsTest keeps missing keys out
    }

    /** {@code key.one} or {@code key.other} by the window language's plural rule for {@code n}, the values in {0}…. */
    public static String count(String key, long n, Object... values) {
        return get(key + org.ganclassroom.text.Messages.pluralSuffix(language, n), values);
    }

    /** The window language's way of writing numbers: 60,000 and 0.25 in English, 60 000 and 0,25 in French. */
    public static Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** Languages written from right to left (Arabic is taught beside French in Lebanon). */
    private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "he", "fa", "ur", "ps", "yi");

    /**
     * Whether a language is written from right to left; the window then mirrors its layout. {@code --lang ar}
     * without an Arabic course is a pseudo-RTL mode: English words in a mirrored window, for testing.
     */
    public static boolean rightToLeft(String code) {
        return code != null && RIGHT_TO_LEFT.contains(code.toLowerCase(Locale.ROOT));
    }

    /** The key letter of a quiz answer ("T" for True, "V" for Vrai), as its button shows it. */
    public static String key(String name) {
        return unmarked(get(name)).substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /**
     * The letter of a lab's or the dock's keyboard shortcut, from the bundle's {@code key.*} entries, so that
     * keys follow the language as the quiz's T/F and V/F do: S for Step, E for Étape. The button shows it.
     */
    public static String shortcut(String key) {
        return unmarked(get(key)).strip().toUpperCase(Locale.ROOT);
    }

    /** A text of the pseudo-locale back in English, for its first letter; other languages' texts as they are. */
    private static String unmarked(String text) {
        return PseudoLocale.is(language) ? PseudoLocale.plain(text) : text;
    }

    /** Whether a typed letter ({@code KeyCode.getChar()} of a letter key; "" for others) is shortcut {@code key}. */
    public static boolean isShortcut(String typed, String key) {
        return !typed.isEmpty() && typed.equalsIgnoreCase(shortcut(key));
    }

    static ResourceBundle load(String code) {
        return org.ganclassroom.text.Messages.words(BUNDLE, code);
    }
}
