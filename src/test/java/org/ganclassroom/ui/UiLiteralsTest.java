package org.ganclassroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence the window shows comes from texts.properties (or the core's messages.properties), so it can
 * be translated: this fails when a string literal of two or more words appears in the window's code. Math
 * ("log D(x) = %.2f") has one-letter words and passes; comments, CSS and log lines are skipped. The
 * benchmark command (ui/bench) prints for developers and is left out, as is the product's name.
 */
class UiLiteralsTest {

    /** Two words of two letters or more inside one string literal. */
    private static final Pattern SENTENCE = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*\\p{L}{2,}\\s+\\p{L}{2,}(?:[^\"\\\\]|\\\\.)*)\"");
    private static final List<String> ALLOWED = List.of("GAN Classroom");

    @Test
    void noSentenceIsWrittenInTheWindowsCode() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/ganclassroom/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/bench/"))
                    .sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                boolean inComment = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (inComment || line.startsWith("/*")) {
                        inComment = !line.contains("*/");
                        continue;
                    }
                    if (line.startsWith("//") || line.startsWith("*") || line.contains("LOG.")
                            || line.contains("System.err") || line.contains("System.out") || line.contains("-fx-")) {
                        continue;
                    }
                    Matcher m = SENTENCE.matcher(line.replaceAll("\\s//\\s.*$", ""));
                    while (m.find()) {
                        if (!ALLOWED.contains(m.group(1))) {
                            found.add(file.getFileName() + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "put these in texts.properties and texts_fr.properties, then Texts.get them");
    }
}
