package org.ganclassroom.lesson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A lesson's code block marked {@code ```java from=src/main/java/...} shows the app's own code: every line of
 * it must be in that file, in that order (lines may be left out between, spaces may differ). So the DL4J
 * walk-through cannot drift from the code {@code bench --engine dl4j} runs: change one, and this fails
 * until the other follows.
 */
class LessonCodeFromSourceTest {

    private static final Pattern BLOCK = Pattern.compile("^\\s*```\\w+ from=(\\S+)\\n(.*?)^\\s*```",
            Pattern.MULTILINE | Pattern.DOTALL);

    @Test
    void everyCodeBlockTakenFromTheSourceIsStillInIt() throws Exception {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("lessons")), Files.list(Path.of("lessons/fr")))) {
            for (Path lesson : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Matcher block = BLOCK.matcher(Files.readString(lesson));
                while (block.find()) {
                    Path source = Path.of(block.group(1));
                    assertTrue(Files.isRegularFile(source), lesson + " names " + source + ", which does not exist");
                    List<String> code = Files.readAllLines(source).stream().map(LessonCodeFromSourceTest::squeeze).toList();
                    int at = 0;
                    for (String line : block.group(2).split("\n")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        int found = code.subList(at, code.size()).indexOf(squeeze(line));
                        assertTrue(found >= 0, lesson + ": this line is not in " + source + " (after line " + at
                                + "): " + line.strip());
                        at += found + 1;
                    }
                    checked.add(lesson.getFileName() + " <- " + source.getFileName());
                }
            }
        }
        assertTrue(checked.size() >= 14, "the DL4J lesson's seven blocks, in English and French: " + checked);
    }

    private static String squeeze(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
