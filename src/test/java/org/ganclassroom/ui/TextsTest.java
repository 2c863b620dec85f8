package org.ganclassroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every translation of the window's words has every key, and every key the code asks for exists. */
class TextsTest {

    @AfterEach
    void backToEnglish() {
        Texts.use("en");
    }

    @Test
    void everyTranslationHasTheSameKeysAsEnglish() throws Exception {
        // read from the files: a bundle's keySet() includes its English parent's, so it hides missing keys
        Set<String> english = org.ganclassroom.text.MessagesTest.keysOf("org/ganclassroom/ui/texts.properties");
        ResourceBundle french = Texts.load("fr");
        Set<String> frenchKeys = org.ganclassroom.text.MessagesTest.keysOf("org/ganclassroom/ui/texts_fr.properties");
        assertEquals(english, frenchKeys, "texts_fr.properties must have exactly texts.properties's keys");
        for (String key : english) {
            assertTrue(!french.getString(key).isBlank(), key + " is empty in French");
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws Exception {
        // Texts.get/key/shortcut in the window, words.get in the dock's presentation object (which is handed
        // Texts); a key ending in '.' is a prefix (preset.), its ends checked in ShortcutKeysTest
        Pattern use = Pattern.compile("(?:Texts\\.(?:get|key|shortcut)|words\\.get)\\(\"([a-zA-Z.]*[a-zA-Z])\"");
        Set<String> missing = org.ganclassroom.text.KeysInSource.missing(use, Texts.load("en").keySet());
        assertTrue(missing.isEmpty(), "keys used but not in texts.properties: " + missing);
    }

    @Test
    void placeholdersAndApostrophesAreKeptLiterally() {
        Texts.use("fr");
        assertEquals("Vrai", Texts.get("check.true"));
        assertEquals("V", Texts.key("check.true"));
        assertEquals("F", Texts.key("check.false"));
        assertEquals("Question 3 sur 12", Texts.get("quiz.question", 3, 12));
        assertTrue(Texts.get("toolbar.training.tip").contains("d'entraînement"), "apostrophes survive");
        Texts.use("de"); // no German: English
        assertEquals("True", Texts.get("check.true"));
    }

    @Test
    void thePseudoLocaleMarksEveryWordButKeepsPlaceholdersAndKeys() {
        Texts.use(org.ganclassroom.text.PseudoLocale.CODE);
        assertEquals("⟦Ŧŕûé⟧", Texts.get("check.true"));
        assertEquals("⟦Ǫûéšŧîöñ 3 öƒ 12⟧", Texts.get("quiz.question", 3, 12), "placeholders are filled");
        assertEquals("T", Texts.key("check.true"), "a quiz's key is the plain first letter");
        assertEquals("S", Texts.get("key.dock.step"), "the keyboard's letters are not marked");
        assertTrue(Texts.isShortcut("s", "key.dock.step"));
        assertTrue(!org.ganclassroom.text.PseudoLocale.mark("Training paused, Zoé").matches(".*[A-Za-z].*"),
                "no plain letter is left");
        assertEquals("Training paused at step {0}: 0.25",
                org.ganclassroom.text.PseudoLocale.plain(org.ganclassroom.text.PseudoLocale.mark("Training paused at step {0}: 0.25")));
        assertTrue(org.ganclassroom.text.Messages.get("report.read").startsWith("⟦"), "the core's words too");
        assertEquals("1,200", org.ganclassroom.text.Messages.number(1200), "numbers as in English");
    }
}
