package org.ganclassroom.lesson;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ganclassroom.data.Datasets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.ganclassroom.text.Messages;

/**
 * Reads and validates one lesson file. The format is documented for instructors in {@code lessons/README.md};
 * keep the two in step.
 */
final class LessonFileParser {

    /** Where the lesson sits in the course; every kind has these (see {@link #with}). */
    private static final List<String> PLACEMENT = List.of("minutes", "paths", "formerly");
    private static final Set<String> CONCEPT = with("body", "check");
    private static final Set<String> TRUE_FALSE = with("intro", "questions");
    private static final Set<String> FAKE_OR_REAL = with("intro", "images", "seed", "dataset", "mode");
    private static final Set<String> LOSS_WALKTHROUGH = with("intro", "steps", "algorithm");
    private static final Set<String> LATENT_LAB = with("intro", "dataset", "seed", "generator", "mode", "check");
    private static final Set<String> DISTRIBUTION_LAB = with("intro", "shape", "check");
    private static final Set<String> COPY_CHECK = with("intro", "dataset", "seed", "generator", "check");
    /** gan/toy/Distribution's shapes (lessons sit below training in the layers; a test keeps the two equal). */
    static final List<String> SHAPES = List.of("ring", "two-moons", "eight-gaussians", "drawn");
    private static final Set<String> ITEM = Set.of("statement", "question", "choices", "answer", "explain");
    private static final Set<String> STEP = Set.of("title", "body", "formula");
    static final int MAX_MINUTES = 240;

    static final int DEFAULT_QUIZ_IMAGES = 10;
    private final Path file;
    private final LessonAssets assets;
    private final List<LessonProblem> problems = new ArrayList<>();

    private final boolean typesetFormulas;

    LessonFileParser(Path file, LessonAssets assets, boolean typesetFormulas) {
        this.file = file;
        this.assets = assets;
        this.typesetFormulas = typesetFormulas;
    }

    LessonEntry parse() {
        String id = idOf(file);
        Optional<Node> root = readYaml();
        if (root.isEmpty()) {
            return new LessonEntry.Broken(file, id, id, problems);
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problem(YamlFields.lineOf(root.get()), Messages.get("lesson.notFields"));
            return new LessonEntry.Broken(file, id, id, problems);
        }
        String title = peekTitle(mapping).orElse(id);
        Optional<LessonKind> kind = readKind(mapping);
        if (kind.isEmpty()) {
            return new LessonEntry.Broken(file, id, title, problems);
        }
        YamlFields fields = switch (kind.get()) {
            case CONCEPT -> fields(mapping, "lesson.what.concept", CONCEPT);
            case TRUE_FALSE -> fields(mapping, "lesson.what.trueFalse", TRUE_FALSE);
            case FAKE_OR_REAL -> fields(mapping, "lesson.what.fakeOrReal", FAKE_OR_REAL);
            case LOSS_WALKTHROUGH -> fields(mapping, "lesson.what.lossWalkthrough", LOSS_WALKTHROUGH);
            case LATENT_LAB -> fields(mapping, "lesson.what.latentLab", LATENT_LAB);
            case DISTRIBUTION_LAB -> fields(mapping, "lesson.what.distributionLab", DISTRIBUTION_LAB);
            case COPY_CHECK -> fields(mapping, "lesson.what.copyCheck", COPY_CHECK);
        };
        Lesson lesson = switch (kind.get()) {
            case CONCEPT -> concept(id, fields);
            case TRUE_FALSE -> trueFalse(id, fields);
            case FAKE_OR_REAL -> fakeOrReal(id, fields);
            case LOSS_WALKTHROUGH -> lossWalkthrough(id, fields);
            case LATENT_LAB -> latentLab(id, fields);
            case DISTRIBUTION_LAB -> distributionLab(id, fields);
            case COPY_CHECK -> copyCheck(id, fields);
        };
        LessonEntry.Placement placement = placement(fields);
        return problems.isEmpty() ? new LessonEntry.Loaded(lesson, placement)
                : new LessonEntry.Broken(file, id, title, problems);
    }

    private YamlFields fields(MappingNode mapping, String whatKey, Set<String> allowed) {
        return new YamlFields(mapping, Messages.get(whatKey), allowed, this::problem);
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private Optional<Node> readYaml() {
        return SafeYaml.read(file, assets.folder(), Messages.get("lesson.needsKindAndTitle"), this::problem);
    }

    private Optional<String> peekTitle(MappingNode mapping) {
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("title"))
                .map(t -> t.getValueNode() instanceof ScalarNode v ? v.getValue().strip() : "")
                .filter(t -> !t.isEmpty())
                .findFirst();
    }

    private Optional<LessonKind> readKind(MappingNode mapping) {
        var kindTuple = mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind"))
                .findFirst();
        if (kindTuple.isEmpty()) {
            problem(YamlFields.lineOf(mapping), Messages.get("lesson.missingKind", LessonKind.allFileNames()));
            return Optional.empty();
        }
        Node value = kindTuple.get().getValueNode();
        String name = value instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        Optional<LessonKind> kind = LessonKind.fromFileName(name);
        if (kind.isEmpty()) {
            problem(YamlFields.lineOf(value), Messages.get("lesson.unknownKind", LessonKind.allFileNames(), name));
        }
        return kind;
    }

    private Lesson concept(String id, YamlFields fields) {
        String title = fields.requiredText("title");
        String body = markdown(fields, "body", true);
        List<CheckItem> check = items(fields, "check", false);
        return new Lesson.Concept(id, title, file, body, check, markdown(fields, "notes", false));
    }

    private Lesson distributionLab(String id, YamlFields fields) {
        String title = fields.requiredText("title");
        String intro = markdown(fields, "intro", false);
        String shape = fields.optionalChoice("shape", "ring", SHAPES);
        List<CheckItem> check = items(fields, "check", false);
        return new Lesson.DistributionLab(id, title, file, intro, shape, check, markdown(fields, "notes", false));
    }

    private Lesson copyCheck(String id, YamlFields fields) {
        String title = fields.requiredText("title");
        String intro = markdown(fields, "intro", false);
        String dataset = fields.optionalChoice("dataset", Datasets.MNIST, Datasets.SHIPPED);
        long seed = fields.optionalInteger("seed", 1, 0, Long.MAX_VALUE);
        String generator = fields.optionalChoice("generator", "trained", Lesson.CopyCheck.GENERATORS);
        if (generator.equals("collapsed") && !dataset.equals(Datasets.MNIST)) {
            problem(fields.lineOf("generator"), Messages.get("lesson.copyCheck.collapsedMnistOnly"));
        }
        List<CheckItem> check = items(fields, "check", false);
        return new Lesson.CopyCheck(id, title, file, intro, dataset, seed, generator, check, markdown(fields, "notes", false));
    }

    private Lesson latentLab(String id, YamlFields fields) {
        String title = fields.requiredText("title");
        String intro = markdown(fields, "intro", false);
        String dataset = fields.optionalChoice("dataset", Datasets.MNIST, Datasets.SHIPPED);
        long seed = fields.optionalInteger("seed", 1, 0, Long.MAX_VALUE);
        String generator = fields.optionalChoice("generator", "trained", List.of("trained", "conditional"));
        String mode = fields.optionalChoice("mode", "walk", List.of("walk", "arithmetic", "draw"));
        List<CheckItem> check = items(fields, "check", false);
        return new Lesson.LatentLab(id, title, file, intro, dataset, seed, generator, mode, check,
                markdown(fields, "notes", false));
    }

    private Lesson trueFalse(String id, YamlFields fields) {
        String title = fields.requiredText("title");
        String intro = markdown(fields, "intro", false);
        List<CheckItem> questions = items(fields, "questions", true);
        return new Lesson.TrueFalse(id, title, file, intro, questions, markdown(fields, "notes", false));
    }

    private Lesson fakeOrReal(String id, YamlFields fields) {
        String title = fields.requiredText("title");
        String intro = markdown(fields, "intro", false);
        int images = (int) fields.optionalInteger("images", DEFAULT_QUIZ_IMAGES, 2, 100);
        long seed = fields.optionalInteger("seed", 1, 0, Long.MAX_VALUE);
        String dataset = fields.optionalChoice("dataset", Datasets.MNIST, Datasets.SHIPPED);
        String mode = fields.optionalChoice("mode", "single", List.of("single", "pair"));
        return new Lesson.FakeOrReal(id, title, file, intro, images, seed, dataset,
                mode.equals("pair") ? Lesson.FakeOrReal.QuizMode.PAIR : Lesson.FakeOrReal.QuizMode.SINGLE,
                markdown(fields, "notes", false));
    }

    private Lesson lossWalkthrough(String id, YamlFields fields) {
        String title = fields.requiredText("title");
        String intro = markdown(fields, "intro", false);
        List<Lesson.WalkthroughStep> steps = new ArrayList<>();
        for (MappingNode stepNode : fields.mappingList("steps", true)) {
            YamlFields step = new YamlFields(stepNode, Messages.get("lesson.what.step"), STEP, this::problem);
            String formula = step.optionalText("formula", "");
            checkFormula(formula, step.lineOf("formula"));
            steps.add(new Lesson.WalkthroughStep(step.requiredText("title"), markdown(step, "body", true), formula));
        }
        List<String> algorithm = fields.textList("algorithm");
        return new Lesson.LossWalkthrough(id, title, file, intro, steps, algorithm, markdown(fields, "notes", false));
    }

    /** A formula the walkthrough cannot typeset is reported here rather than shown as raw LaTeX in class. */
    private void checkFormula(String latex, int line) {
        if (latex.isEmpty() || !typesetFormulas) {
            return;
        }
        try {
            new org.scilab.forge.jlatexmath.TeXFormula(latex);
        } catch (RuntimeException invalid) {
            problem(line, Messages.get("lesson.invalidFormula", invalid.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** A check item is a true/false statement or, where that does not fit, a multiple-choice question. */
    private List<CheckItem> items(YamlFields fields, String key, boolean required) {
        List<CheckItem> items = new ArrayList<>();
        for (MappingNode node : fields.mappingList(key, required)) {
            YamlFields item = new YamlFields(node, Messages.get("lesson.what.question"), ITEM, this::problem);
            boolean statement = item.has("statement");
            boolean question = item.has("question");
            if (statement == question) {
                problem(item.line(), Messages.get(statement ? "lesson.statementAndQuestion" : "lesson.statementOrQuestion"));
                continue;
            }
            String explanation = item.requiredText("explain");
            if (statement) {
                if (item.has("choices")) {
                    problem(item.lineOf("choices"), Messages.get("lesson.statementHasChoices"));
                }
                items.add(new CheckItem.TrueFalse(item.requiredText("statement"), item.requiredBoolean("answer"),
                        explanation));
            } else {
                multipleChoice(item, explanation).ifPresent(items::add);
            }
        }
        return items;
    }

    private Optional<CheckItem> multipleChoice(YamlFields item, String explanation) {
        String question = item.requiredText("question");
        List<String> choices = item.textList("choices");
        if (choices.size() < 2 || choices.size() > 6) {
            problem(item.lineOf("choices"), Messages.get("lesson.choiceCount", 2, 6));
            return Optional.empty();
        }
        if (new LinkedHashSet<>(choices).size() != choices.size()) {
            problem(item.lineOf("choices"), Messages.get("lesson.sameChoices"));
            return Optional.empty();
        }
        String answer = item.requiredText("answer");
        int correct = choices.indexOf(answer);
        if (correct < 0) {
            if (!answer.isEmpty()) {
                problem(item.lineOf("answer"), Messages.get("lesson.answerNotAChoice", answer));
            }
            return Optional.empty();
        }
        String longestWrong = "";
        for (int i = 0; i < choices.size(); i++) {
            if (i != correct && choices.get(i).length() > longestWrong.length()) {
                longestWrong = choices.get(i);
            }
        }
        // Choices are shuffled per student (quiz/ChoiceOrder), so place tells nothing; length still does: a
        // right answer far fuller than every wrong one is picked for its length, not its sense.
        if (answer.length() > 1.2 * longestWrong.length() && answer.length() - longestWrong.length() >= 10) {
            problem(item.lineOf("answer"), Messages.get("lesson.rightChoiceLongest", answer.length(), longestWrong.length()));
        }
        return Optional.of(new CheckItem.MultipleChoice(question, choices, correct, explanation));
    }

    /** A Markdown field, with the images it shows checked against the lessons folder. */
    private String markdown(YamlFields fields, String key, boolean required) {
        String text = required ? fields.requiredText(key) : fields.optionalText(key, "");
        Optional<Node> node = fields.value(key);
        if (text.isEmpty() || node.isEmpty()) {
            return text;
        }
        // A literal block (key: |) starts its text on the line after the key; other styles on the same line.
        ScalarNode scalar = (ScalarNode) node.get();
        int firstLine = YamlFields.lineOf(scalar) + (scalar.getScalarStyle() == ScalarStyle.LITERAL ? 1 : 0);
        boolean exactLines = scalar.getScalarStyle() == ScalarStyle.LITERAL;
        List<MarkdownImages.Reference> images;
        try {
            images = MarkdownImages.find(text);
        } catch (MarkdownImages.TooDeep tooDeep) {
            problem(YamlFields.lineOf(scalar), tooDeep.message(key));
            return text;
        }
        for (MarkdownImages.Reference image : images) {
            if (assets.resolveImage(image.destination()) instanceof LessonAssets.Resolution.Refused refused) {
                problem(exactLines ? firstLine + image.lineInText() : firstLine, refused.reason());
            }
        }
        return text;
    }

    /** The lesson's minutes, the paths it is on and the ids it had before its file was renamed. */
    private LessonEntry.Placement placement(YamlFields fields) {
        int minutes = (int) fields.optionalInteger("minutes", 0, 1, MAX_MINUTES);
        List<String> paths = fields.textList("paths");
        CoursePaths known = assets.paths();
        Set<String> seen = new LinkedHashSet<>();
        for (String path : paths) {
            if (!seen.add(path)) {
                problem(fields.lineOf("paths"), Messages.get("lesson.paths.lessonTwice", path));
            } else if (known.find(path).isEmpty()) {
                problem(fields.lineOf("paths"), known.isEmpty()
                        ? Messages.get("lesson.paths.noPathsFile", path, CoursePaths.FILE)
                        : Messages.get("lesson.paths.unknown", path, String.join(", ", known.ids())));
            }
        }
        if (!paths.isEmpty() && !fields.has("minutes")) {
            problem(fields.lineOf("paths"), Messages.get("lesson.paths.needsMinutes"));
        }
        List<String> formerly = fields.textList("formerly");
        if (formerly.contains(idOf(file))) {
            problem(fields.lineOf("formerly"), Messages.get("lesson.formerlyItself", idOf(file)));
        }
        return new LessonEntry.Placement(minutes, List.copyOf(seen), formerly);
    }

    private void problem(int line, String message) {
        problems.add(new LessonProblem(file, line, message));
    }

    private static Set<String> with(String... specific) {
        Set<String> all = new LinkedHashSet<>(List.of("kind", "title"));
        all.addAll(List.of(specific));
        all.add("notes");
        all.addAll(PLACEMENT);
        return all;
    }
}
