package org.ganclassroom.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ganclassroom.gan.StepResult;
import org.ganclassroom.gan.TrainingHealth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The core's sentences: the same keys in every translation, every key used present, and French when chosen. */
public class MessagesTest {

    @AfterEach
    void backToEnglish() {
        Messages.use("en");
    }

    @Test
    void everyTranslationHasTheSameKeysAndEveryKeyUsedExists() throws Exception {
        Set<String> english = keysOf("org/ganclassroom/text/messages.properties");
        assertEquals(english, keysOf("org/ganclassroom/text/messages_fr.properties"),
                "messages_fr.properties must have exactly the English keys");
        // a key ending in '.' is a prefix, its ends checked below
        Set<String> missing = KeysInSource.missing(Pattern.compile("Messages\\.get\\(\"([a-zA-Z.]*[a-zA-Z])\""), english);
        assertTrue(missing.isEmpty(), "keys used but not in messages.properties: " + missing);
        Set<String> plurals = new TreeSet<>();
        for (String counted : KeysInSource.missing(Pattern.compile("Messages\\.count\\(\"([a-zA-Z.]+)\""), Set.of())) {
            String key = counted.substring(0, counted.indexOf(' '));
            plurals.add(key + ".one");
            plurals.add(key + ".other");
        }
        assertTrue(english.containsAll(plurals), "Messages.count needs KEY.one and KEY.other: " + plurals);
        for (String id : org.ganclassroom.data.Datasets.FASHION_CLASS_IDS) {
            assertTrue(english.contains("fashion.class." + id), "no name for the Fashion-MNIST class " + id);
        }
    }

    @Test
    void countsTakeEachLanguagesPlural() {
        assertEquals("1 student", Messages.count("cli.class.students", 1));
        assertEquals("0 students", Messages.count("cli.class.students", 0));
        Messages.use("fr");
        assertEquals("0 élève", Messages.count("cli.class.students", 0), "French: the singular for 0 and 1");
        assertEquals("1 vérification envoyée", Messages.count("cli.class.checksSent", 1));
        assertEquals("2 élèves", Messages.count("cli.class.students", 2));
        assertEquals(".one", Messages.pluralSuffix("fr", 1));
        assertEquals(".other", Messages.pluralSuffix("en", 0));
    }

    @Test
    void whyTrainingPausedIsSaidInTheChosenLanguage() {
        StepResult diverged = new StepResult(1200, true, true, 7.5e11, 3.0, 1.0, 1.0, 1.0);
        String english = new TrainingHealth().afterStep(diverged).orElseThrow();
        assertTrue(english.startsWith("Training paused at step 1,200: the losses have exploded (7.50e+11"), english);
        Messages.use("fr");
        String french = new TrainingHealth().afterStep(diverged).orElseThrow();
        assertTrue(french.startsWith("Entraînement en pause à l'étape 1\u202f200") || french.startsWith(
                "Entraînement en pause à l'étape 1\u00a0200"), french);
        assertTrue(french.contains("7,50e+11"), "French decimals: " + french);
    }

    /**
     * The keys written in one .properties file of the classpath. Not {@code ResourceBundle.keySet()}: a French
     * bundle's includes its English parent's keys, so a key missing in French would go unnoticed.
     */
    public static Set<String> keysOf(String resource) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, resource),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
