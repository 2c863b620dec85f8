package org.ganclassroom.lesson;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.ganclassroom.text.Messages;

/**
 * Reads one YAML file of a lessons folder (a lesson or the glossary) into SnakeYAML's node tree, with the
 * limits that keep a damaged or hostile file from stalling start-up; every refusal goes to the problem sink
 * as (1-based line, message).
 */
final class SafeYaml {

    private SafeYaml() {
    }

    /**
     * A lesson is a few kilobytes (the longest shipped one is 2.3 KB). The limits keep a hostile file from
     * stalling start-up: SnakeYAML's scanner is quadratic in a comment line's length (16 MB took 100 s)
     * and its own 3 MB limit does not count comments.
     */
    static final long MAX_FILE_BYTES = 512 * 1024;
    static final int MAX_LINE_CHARS = 20_000;

    static Optional<Node> read(Path file, Path folder, String whatItNeeds, BiConsumer<Integer, String> problem) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with their line
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problem.accept(1, Messages.get("lesson.fileTooBig", Files.size(file) / 1024, MAX_FILE_BYTES / 1024));
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                problem.accept(1, Messages.get("lesson.fileLinkOutside", real));
                return Optional.empty();
            }
        } catch (IOException unreadable) {
            problem.accept(1, Messages.get("lesson.unreadable", unreadable.getMessage()));
            return Optional.empty();
        }
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
            String text = new String(readAll(reader));
            int longLine = longLine(text);
            if (longLine > 0) {
                problem.accept(longLine, Messages.get("lesson.lineTooLong", MAX_LINE_CHARS));
                return Optional.empty();
            }
            Node node = new Yaml(options).compose(new java.io.StringReader(text));
            if (node == null) {
                problem.accept(1, Messages.get("lesson.emptyFile", whatItNeeds));
            }
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException syntax) {
            Mark mark = syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            problem.accept(line, Messages.get("lesson.invalidYaml", describe(syntax)));
        } catch (YAMLException syntax) {
            // SnakeYAML wraps the decoder's complaint about bytes that are not UTF-8.
            problem.accept(1, syntax.getCause() instanceof CharacterCodingException
                    ? Messages.get("lesson.notUtf8") : Messages.get("lesson.invalidYamlPlain", syntax.getMessage()));
        } catch (CharacterCodingException notUtf8) {
            problem.accept(1, Messages.get("lesson.notUtf8"));
        } catch (IOException unreadable) {
            problem.accept(1, Messages.get("lesson.unreadable", unreadable.getMessage()));
        }
        return Optional.empty();
    }

    private static char[] readAll(Reader reader) throws IOException {
        java.io.CharArrayWriter out = new java.io.CharArrayWriter();
        reader.transferTo(out);
        return out.toCharArray();
    }

    /** The 1-based number of the first line longer than {@link #MAX_LINE_CHARS}, or 0. */
    private static int longLine(String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    private static String describe(MarkedYAMLException syntax) {
        String problem = syntax.getProblem() == null ? "" : syntax.getProblem();
        String context = syntax.getContext() == null ? "" : syntax.getContext();
        String text = (context.isEmpty() ? problem : context + ", " + problem).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? Messages.get("lesson.syntaxError") : text;
    }
}
