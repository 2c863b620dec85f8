package org.ganclassroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.ganclassroom.classmode.CourseChecks;
import org.ganclassroom.lesson.CourseLoader;
import org.ganclassroom.settings.InstructorSettings;
import org.ganclassroom.settings.UserDataFolder;
import org.ganclassroom.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code class} sends the phones the course the window shows: in the language --lang names, else in the one the
 * instructor chose in Settings, else in the computer's.
 */
class ClassCommandLanguageTest {

    @TempDir
    Path dir;

    @AfterEach
    void back() {
        System.clearProperty(UserDataFolder.OVERRIDE_PROPERTY);
        Messages.use("en");
    }

    private static InstructorSettings chose(String language) {
        return new InstructorSettings(null, "mnist", "classroom", 0, 1.0, language);
    }

    @Test
    void langWinsOverTheSettings() {
        assertEquals("fr", ClassCommand.courseLanguage("fr", chose("en")));
        assertEquals("en", ClassCommand.courseLanguage("en", chose("fr")));
        assertEquals("fr", ClassCommand.courseLanguage(" FR ", chose("en")));
        assertEquals("en", ClassCommand.courseLanguage("français", chose("fr")), "a malformed code means English");
    }

    @Test
    void withoutLangTheSettingsChoiceElseTheComputersLanguage() {
        assertEquals("fr", ClassCommand.courseLanguage(null, chose("fr")));
        assertEquals("en", ClassCommand.courseLanguage(null, chose("en")));
        Locale computer = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertEquals("fr", ClassCommand.courseLanguage(null, chose(InstructorSettings.AUTOMATIC)));
            Locale.setDefault(Locale.GERMANY);
            assertEquals("de", ClassCommand.courseLanguage(null, chose(InstructorSettings.AUTOMATIC)));
        } finally {
            Locale.setDefault(computer);
        }
        assertEquals(Path.of("lessons", "fr"), ClassCommand.courseFolder(Path.of("lessons"), "fr"));
        assertEquals(Path.of("lessons"), ClassCommand.courseFolder(Path.of("lessons"), "de"), "no German course");
        assertEquals(Path.of("lessons", "fr"), ClassCommand.courseFolder(Path.of("lessons", "fr"), "en"),
                "a translation given as --lessons is taken as it is");
    }

    @Test
    void withoutLangTheClassAsksTheCourseInTheLanguageChosenInSettings() throws Exception {
        Path home = dir.resolve("home");
        java.nio.file.Files.createDirectories(home);
        chose("fr").save(home);
        System.setProperty(UserDataFolder.OVERRIDE_PROPERTY, home.toString());
        String said = classSession("class", "--lessons", "lessons", "--host", "127.0.0.1", "--port", "0",
                "--out", dir.resolve("class").toString());
        String firstFrenchCheck = CourseChecks.of(new CourseLoader().load(Path.of("lessons", "fr")), "Vrai", "Faux")
                .get(0).prompt();
        assertTrue(said.contains(firstFrenchCheck), "the French course, as the window shows it: " + said);
        assertTrue(said.contains("Vrai "), "its True and False in French: " + said);
        assertTrue(said.contains("Class ended"), "the command line still speaks English without --lang: " + said);

        String withLang = classSession("--lang", "en", "class", "--lessons", "lessons", "--host", "127.0.0.1",
                "--port", "0", "--out", dir.resolve("class-en").toString());
        assertFalse(withLang.contains(firstFrenchCheck), "--lang en wins: " + withLang);
        assertTrue(withLang.contains("True "), withLang);
    }

    /** Runs {@code class} as Launcher does, sends the first check and tallies it. */
    private static String classSession(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream("checks\nsend 1\ntally\nend\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine commandLine = GanClassroomCommand.commandLine(args);
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            assertEquals(0, commandLine.execute(args), err::toString);
        } finally {
            System.setIn(original);
        }
        return out.toString();
    }
}
