package org.ganclassroom.lesson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.ganclassroom.text.Messages;

/**
 * The course's glossary, {@code glossary.yaml} beside the lessons (a translation has its own, entry for
 * entry). Lesson pages underline the words it defines ({@link #find}) and show the meaning when one is
 * clicked, so a student meets "logit" or "batch normalisation" where it is used. The format is in
 * lessons/README.md.
 */
public final class Glossary {

    /** One headword, the other forms it appears as in the lessons, and its meaning in Markdown. */
    public record Entry(String term, List<String> forms, String means) {
        public Entry {
            forms = List.copyOf(forms);
        }
    }

    /** Where a glossary word sits in a text: [start, end) and the entry it names. */
    public record Match(int start, int end, Entry entry) {
    }

    static final int MAX_ENTRIES = 500;
    private static final Set<String> ENTRY_FIELDS = Set.of("term", "also", "means");

    private final List<Entry> entries;
    private final List<LessonProblem> problems;
    private final Map<String, Entry> byForm = new HashMap<>();
    private final Pattern words;

    private Glossary(List<Entry> entries, List<LessonProblem> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        for (Entry entry : entries) {
            entry.forms().forEach(form -> byForm.putIfAbsent(key(form), entry));
        }
        // Longest form first, so "transposed convolution" wins over "convolution"; whole words only.
        String alternatives = byForm.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(form -> java.util.Arrays.stream(form.split(" ")).map(Pattern::quote)
                        .collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        this.words = alternatives.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static Glossary empty() {
        return new Glossary(List.of(), List.of());
    }

    /** The glossary of a lessons folder; none (and no problem) when the folder has no glossary file. */
    public static Glossary load(Path lessonsFolder) {
        Path file = lessonsFolder.resolve(CourseLoader.GLOSSARY_FILE);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        List<LessonProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Optional<Node> root = SafeYaml.read(file, lessonsFolder.toAbsolutePath().normalize(),
                Messages.get("lesson.glossary.needsTerms"), (line, message) -> problems.add(new LessonProblem(file, line, message)));
        if (root.isPresent()) {
            if (root.get() instanceof MappingNode mapping) {
                YamlFields fields = new YamlFields(mapping, Messages.get("lesson.what.glossary"), Set.of("terms"),
                        (line, message) -> problems.add(new LessonProblem(file, line, message)));
                readEntries(file, fields.mappingList("terms", true), entries, problems);
            } else {
                problems.add(new LessonProblem(file, YamlFields.lineOf(root.get()),
                        Messages.get("lesson.glossary.notFields")));
            }
        }
        return new Glossary(entries, problems);
    }

    private static void readEntries(Path file, List<MappingNode> items, List<Entry> entries, List<LessonProblem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        if (items.size() > MAX_ENTRIES) {
            problems.add(new LessonProblem(file, YamlFields.lineOf(items.get(MAX_ENTRIES)),
                    Messages.get("lesson.glossary.tooMany", MAX_ENTRIES)));
            items = items.subList(0, MAX_ENTRIES);
        }
        for (MappingNode item : items) {
            List<LessonProblem> mine = new ArrayList<>();
            YamlFields fields = new YamlFields(item, Messages.get("lesson.what.glossaryTerm"), ENTRY_FIELDS,
                    (line, message) -> mine.add(new LessonProblem(file, line, message)));
            String term = fields.requiredText("term");
            String means = fields.requiredText("means");
            Set<String> forms = new LinkedHashSet<>();
            forms.add(term);
            forms.addAll(fields.textList("also"));
            for (String form : forms) {
                if (form.isBlank()) {
                    continue;
                }
                if (form.strip().length() < 2) {
                    mine.add(new LessonProblem(file, fields.lineOf("also"), Messages.get("lesson.glossary.tooShort", form)));
                }
                Integer first = seen.putIfAbsent(key(form), fields.line());
                if (first != null) {
                    mine.add(new LessonProblem(file, fields.line(), Messages.get("lesson.glossary.formTaken", first, form)));
                }
            }
            problems.addAll(mine);
            if (mine.isEmpty()) {
                entries.add(new Entry(term, forms.stream().map(String::strip).toList(), means));
            }
        }
    }

    private static String key(String form) {
        return form.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** What check-lessons prints: a term without its meaning or two terms claiming one word. */
    public List<LessonProblem> problems() {
        return problems;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Every glossary word in {@code text}, left to right, none overlapping. */
    public List<Match> find(String text) {
        if (words == null || text == null || text.isEmpty()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        Matcher matcher = words.matcher(text);
        while (matcher.find()) {
            Entry entry = byForm.get(key(matcher.group()));
            if (entry != null) {
                matches.add(new Match(matcher.start(), matcher.end(), entry));
            }
        }
        return matches;
    }
}
