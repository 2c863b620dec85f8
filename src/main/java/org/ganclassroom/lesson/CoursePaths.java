package org.ganclassroom.lesson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.ganclassroom.text.Messages;

/**
 * The ways through a course, {@code paths.yaml} beside the lessons: a 45-minute core, a 90-minute class, the
 * full course. A path here is only its id, title and description; a lesson joins it by naming it in its own
 * {@code paths:} list (so adding a lesson to a path is one line in that lesson), and the path is those
 * lessons in file-name order. A translation has its own file with the same ids in the same order.
 */
public final class CoursePaths {

    public static final String FILE = "paths.yaml";
    static final int MAX_PATHS = 20;
    private static final Set<String> FIELDS = Set.of("id", "title", "about");

    /** One path: {@code id} as lessons and --path name it, {@code title} and {@code about} as the window shows them. */
    public record CoursePath(String id, String title, String about) {
    }

    private final List<CoursePath> paths;
    private final List<LessonProblem> problems;

    private CoursePaths(List<CoursePath> paths, List<LessonProblem> problems) {
        this.paths = List.copyOf(paths);
        this.problems = List.copyOf(problems);
    }

    public static CoursePaths none() {
        return new CoursePaths(List.of(), List.of());
    }

    /** The paths of a lessons folder; none (and no problem) when the folder has no paths file. */
    public static CoursePaths load(Path lessonsFolder) {
        Path file = lessonsFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        List<LessonProblem> problems = new ArrayList<>();
        List<CoursePath> paths = new ArrayList<>();
        java.util.function.BiConsumer<Integer, String> report = (line, message) -> problems.add(
                new LessonProblem(file, line, message));
        Optional<Node> root = SafeYaml.read(file, lessonsFolder.toAbsolutePath().normalize(),
                Messages.get("lesson.paths.needsPaths"), report);
        if (root.isEmpty()) {
            return new CoursePaths(paths, problems);
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            report.accept(YamlFields.lineOf(root.get()), Messages.get("lesson.paths.needsPaths"));
            return new CoursePaths(paths, problems);
        }
        YamlFields fields = new YamlFields(mapping, Messages.get("lesson.what.paths"), Set.of("paths"), report);
        List<MappingNode> items = fields.mappingList("paths", true);
        if (items.size() > MAX_PATHS) {
            report.accept(YamlFields.lineOf(items.get(MAX_PATHS)), Messages.get("lesson.paths.tooMany", MAX_PATHS));
            items = items.subList(0, MAX_PATHS);
        }
        Set<String> ids = new HashSet<>();
        for (MappingNode item : items) {
            int before = problems.size();
            YamlFields path = new YamlFields(item, Messages.get("lesson.what.path"), FIELDS, report);
            String id = path.requiredText("id");
            String title = path.requiredText("title");
            String about = path.optionalText("about", "");
            if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]{0,31}")) {
                report.accept(path.lineOf("id"), Messages.get("lesson.paths.badId", id));
            } else if (!id.isEmpty() && !ids.add(id)) {
                report.accept(path.lineOf("id"), Messages.get("lesson.paths.twice", id));
            }
            if (problems.size() == before) {
                paths.add(new CoursePath(id, title, about));
            }
        }
        return new CoursePaths(paths, problems);
    }

    public List<CoursePath> all() {
        return paths;
    }

    public List<String> ids() {
        return paths.stream().map(CoursePath::id).toList();
    }

    public Optional<CoursePath> find(String id) {
        return paths.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** What check-lessons prints: a path without an id or title, an id twice. */
    public List<LessonProblem> problems() {
        return problems;
    }
}
