package org.ganclassroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line's help comes from help.properties (English, the default whatever this computer's language)
 * and help_fr.properties (with --lang fr): the same keys in both, every key used, every text present.
 */
class CliHelpTest {

    private static final Locale SYSTEM_LOCALE = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(SYSTEM_LOCALE);
    }

    /** What {@code gan-classroom ARGS} prints on standard output, run as the launcher runs it. */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = GanClassroomCommand.commandLine(args);
        commandLine.setOut(new PrintWriter(out));
        assertEquals(0, commandLine.execute(args), out.toString());
        return out.toString();
    }

    @Test
    void helpIsEnglishByDefaultEvenOnAFrenchComputer() {
        Locale.setDefault(Locale.FRANCE);

        String help = run("train", "--help");

        assertTrue(help.startsWith("Usage: gan-classroom train [-hV]"), help);
        assertTrue(help.contains("Train a DCGAN and write DIR/metrics.csv, DIR/grid-NNNNNN.png and DIR/checkpoint."),
                help);
        assertTrue(help.contains("Random seed (default 1)."), help);
        assertTrue(help.contains("Show this help message and exit."), help);
        CommandSpec train = GanClassroomCommand.commandLine().getSubcommands().get("train").getCommandSpec();
        assertEquals("Train a DCGAN and write DIR/metrics.csv, DIR/grid-NNNNNN.png and DIR/checkpoint.zip.",
                train.usageMessage().description()[0]);
        assertFalse(help.contains("Entraîner"), help);
    }

    @Test
    void langFrGivesFrenchHelp() {
        Locale.setDefault(Locale.US);

        String help = run("--lang", "fr", "train", "--help");

        assertTrue(help.startsWith("Utilisation : gan-classroom train [-hV]"), help);
        assertTrue(help.contains("Entraîner un DCGAN et écrire dans DIR : metrics.csv"), help);
        assertTrue(help.contains("Graine aléatoire (par défaut 1)."), help);
        assertTrue(help.contains("Afficher cette aide et quitter."), help);
        assertFalse(help.contains("Train a DCGAN"), help);
        assertFalse(help.contains("Random seed"), help);

        String top = run("--lang=FR", "--help");
        assertTrue(top.startsWith("Utilisation : gan-classroom [-hV]"), top);
        assertTrue(top.contains("[COMMANDE]") && top.contains("Commandes :"), top);
        assertTrue(top.contains("Sans commande, ouvre la fenêtre de GAN Classroom."), top);
    }

    @Test
    void languageIsTheTopLevelLangOption() {
        assertEquals("en", GanClassroomCommand.language());
        assertEquals("en", GanClassroomCommand.language("train", "--help"));
        assertEquals("fr", GanClassroomCommand.language("--lang", "fr", "train", "--help"));
        assertEquals("fr", GanClassroomCommand.language("--lang=fr", "--help"));
        assertEquals("fr", GanClassroomCommand.language("--presenter", "--lang", " FR "));
        assertEquals("fr", GanClassroomCommand.language("--lessons", "train", "--lang", "fr"));
        // after the subcommand's name it is that command's argument, not the language
        assertEquals("en", GanClassroomCommand.language("train", "--lang", "fr"));
        // malformed: call() reports it; the help stays English
        assertEquals("en", GanClassroomCommand.language("--lang", "français", "--help"));
        assertEquals("en", GanClassroomCommand.language("--lang"));
    }

    @Test
    void aLanguageWithoutATranslationGetsEnglish() {
        Locale.setDefault(Locale.FRANCE);

        String help = run("--lang", "de", "sample", "--help");

        assertTrue(help.contains("Draw new images with a checkpoint's generator"), help);
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = load("help.properties").stringPropertyNames();
        Set<String> french = load("help_fr.properties").stringPropertyNames();

        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(french);
        Set<String> onlyFrench = new TreeSet<>(french);
        onlyFrench.removeAll(english);
        assertTrue(onlyEnglish.isEmpty(), "missing from help_fr.properties: " + onlyEnglish);
        assertTrue(onlyFrench.isEmpty(), "missing from help.properties: " + onlyFrench);
    }

    @Test
    void everyKeyIsUsedAndEveryTextPresentInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>(Set.of("usage.synopsisHeading", "usage.synopsisSubcommandLabel", "usage.commandListHeading",
                "mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version"));
        for (String language : List.of("en", "fr")) {
            for (CommandSpec spec : commands(GanClassroomCommand.commandLine(new String[] {"--lang", language}))) {
                String command = spec.qualifiedName(".");
                used.add(command + ".usage.description");
                assertTrue(spec.usageMessage().description().length > 0, language + ": no description for " + command);
                for (OptionSpec option : spec.options()) {
                    String key = option.descriptionKey().isEmpty()
                            ? option.longestName().replaceFirst("^-+", "") : option.descriptionKey();
                    if (!key.startsWith("mixinStandardHelpOptions.")) {
                        used.add(command + "." + key);
                    }
                    assertText(language, command + " " + option.longestName(), option.description());
                }
                for (PositionalParamSpec positional : spec.positionalParameters()) {
                    used.add(command + "." + positional.descriptionKey());
                    assertText(language, command + " " + positional.paramLabel(), positional.description());
                }
                String usage = spec.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
                assertFalse(usage.contains("${") || usage.contains("%n") || usage.contains("%%"),
                        language + ": a variable or format left in the help of " + command + ":\n" + usage);
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : load("help.properties").stringPropertyNames()) {
            String base = key.replaceFirst("\\.\\d+$", "");
            if (!used.contains(base)) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "keys that no command or option reads (a typo?): " + unused);
    }

    @Test
    void frenchDescriptionsHaveAsManyLinesAsEnglish() {
        List<CommandSpec> english = commands(GanClassroomCommand.commandLine(new String[0]));
        List<CommandSpec> french = commands(GanClassroomCommand.commandLine(new String[] {"--lang", "fr"}));
        for (int i = 0; i < english.size(); i++) {
            assertEquals(english.get(i).usageMessage().description().length,
                    french.get(i).usageMessage().description().length, english.get(i).qualifiedName());
            assertFalse(List.of(english.get(i).usageMessage().description()).equals(
                    List.of(french.get(i).usageMessage().description())), "untranslated: " + english.get(i).qualifiedName());
        }
        assertArrayEquals(new String[] {"Teach Generative Adversarial Networks: lessons, quizzes and a live DCGAN.%n"
                + "Without a command, opens the GAN Classroom window."},
                english.get(0).usageMessage().description());
    }

    private static void assertText(String language, String what, String[] description) {
        assertTrue(description.length > 0 && !description[0].isBlank(), language + ": no description for " + what);
    }

    private static List<CommandSpec> commands(CommandLine root) {
        List<CommandSpec> result = new ArrayList<>();
        result.add(root.getCommandSpec());
        for (CommandLine sub : root.getSubcommands().values()) {
            result.addAll(commands(sub));
        }
        return result;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CliHelpTest.class.getResourceAsStream("/org/ganclassroom/cli/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
