package org.ganclassroom.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** For the bundles' tests: the keys the main sources ask for (group 1 of {@code use}) that {@code known} lacks. */
public final class KeysInSource {

    private KeysInSource() {
    }

    public static Set<String> missing(Pattern use, Set<String> known) throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : (Iterable<Path>) sources.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = use.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        return missing;
    }
}
