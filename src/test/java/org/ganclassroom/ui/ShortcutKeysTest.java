package org.ganclassroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ganclassroom.dock.DockSession;
import org.ganclassroom.text.MessagesTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The keyboard shortcuts in texts*.properties: each bundle gives every one a single letter, no pane has two
 * actions on one letter, and the French ones are French. FrenchShortcutsTest presses them.
 */
class ShortcutKeysTest {

    /**
     * Each pane's letter keys. The walkthrough is read while the dock is used (lesson 11 asks for it), so it also
     * leaves the dock's step key free; the labs' own keys may hide it.
     */
    private static final List<Pane> PANES = List.of(
            new Pane("latent lab", List.of("key.latent.walk", "key.latent.spherical", "key.latent.newFakes",
                    "key.latent.arithmetic", "key.latent.draw", "key.latent.clearGroups", "key.latent.previous",
                    "key.latent.next")),
            new Pane("distribution lab", List.of("key.plane.play", "key.plane.step", "key.plane.reset")),
            new Pane("copy check", List.of("key.copy.new", "key.copy.previous", "key.copy.next", "key.dock.step")),
            new Pane("loss walkthrough", List.of("key.walkthrough.next", "key.walkthrough.back",
                    "key.walkthrough.nextLine", "key.dock.step")),
            new Pane("window", List.of("key.dock.step")));

    private record Pane(String name, List<String> keys) {
    }

    @AfterEach
    void backToEnglish() {
        Texts.use("en");
    }

    @Test
    void everyLanguageGivesEachShortcutOneLetterAndNoPaneHasAClash() throws Exception {
        for (String language : List.of("en", "fr")) {
            String file = "org/ganclassroom/ui/texts" + ("en".equals(language) ? "" : "_" + language) + ".properties";
            Set<String> defined = MessagesTest.keysOf(file);
            Texts.use(language);
            for (Pane pane : PANES) {
                List<String> letters = new ArrayList<>();
                for (String key : pane.keys()) {
                    assertTrue(defined.contains(key), file + " lacks " + key);
                    assertTrue(Texts.shortcut(key).matches("[A-Z]"), language + " " + key + ": " + Texts.shortcut(key));
                    letters.add(Texts.shortcut(key));
                }
                assertEquals(letters.size(), new TreeSet<>(letters).size(),
                        language + ": two actions share a key in the " + pane.name() + ": " + letters);
            }
        }
    }

    @Test
    void frenchKeysFollowFrenchWords() {
        Texts.use("fr");
        assertTrue(Texts.isShortcut("l", "key.plane.play"), "Lecture");
        assertTrue(Texts.isShortcut("E", "key.plane.step"), "Étape");
        assertTrue(Texts.isShortcut("E", "key.dock.step"), "Étape");
        assertTrue(Texts.isShortcut("P", "key.latent.walk"), "Promenade");
        assertTrue(!Texts.isShortcut("W", "key.latent.walk") && !Texts.isShortcut("", "key.latent.walk"));
        assertTrue(Texts.get("plane.play", Texts.shortcut("key.plane.play")).endsWith("(L)"));
        assertTrue(Texts.isShortcut("V", "key.latent.clearGroups"), "Vider les groupes");
        assertTrue(Texts.isShortcut("S", "key.walkthrough.next"), "Étape suivante");
        assertTrue(Texts.isShortcut("R", "key.walkthrough.back"), "Retour");
        assertTrue(Texts.isShortcut("L", "key.walkthrough.nextLine"), "Ligne suivante");
        assertTrue(Texts.isShortcut("R", "key.plane.reset"), "Réinitialiser");
        assertEquals("Étape suivante  (S) ▶", Texts.get("loss.nextStep", Texts.shortcut("key.walkthrough.next")));
    }

    @Test
    void shippedPresetsAreNamedInTheWindowsLanguageAndOthersByTheirId() {
        DockSession.Words words = org.ganclassroom.ui.training.WindowWords.INSTANCE;
        Texts.use("en");
        assertEquals("classroom", DockSession.displayName(words, "classroom"));
        Texts.use("fr");
        assertEquals("salle de classe", DockSession.displayName(words, "classroom"));
        assertEquals("référence (DL4J)", DockSession.displayName(words, "reference (DL4J)"));
        assertEquals("tiny", DockSession.displayName(words, "tiny"));
        for (String id : org.ganclassroom.gan.Preset.names()) {
            assertTrue(Texts.get("preset." + id).length() > 0 && !Texts.get("preset." + id).startsWith("preset."), id);
        }
    }
}
