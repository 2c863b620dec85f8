package org.ganclassroom.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson read from one file in {@code lessons/}. Markdown fields are kept as text; the views render them.
 * The id is the file name without its extension, so it is unique within a folder and stable across edits
 * of the title (settings and progress refer to lessons by id).
 */
public sealed interface Lesson {

    String id();

    String title();

    Path file();

    LessonKind kind();

    /**
     * The lesson's sources and notes for the instructor (Markdown; may be empty): the paper behind each
     * historical or technical claim. Shown small at the end of the lesson.
     */
    String notes();

    /** Every check item in the lesson, in order (empty for kinds without any). */
    default List<CheckItem> checkItems() {
        return List.of();
    }

    record Concept(String id, String title, Path file, String body, List<CheckItem> check, String notes)
            implements Lesson {
        public Concept {
            check = List.copyOf(check);
        }

        public Concept(String id, String title, Path file, String body, List<CheckItem> check) {
            this(id, title, file, body, check, "");
        }

        @Override
        public LessonKind kind() {
            return LessonKind.CONCEPT;
        }

        @Override
        public List<CheckItem> checkItems() {
            return check;
        }
    }

    record TrueFalse(String id, String title, Path file, String intro, List<CheckItem> questions, String notes)
            implements Lesson {
        public TrueFalse {
            questions = List.copyOf(questions);
        }

        public TrueFalse(String id, String title, Path file, String intro, List<CheckItem> questions) {
            this(id, title, file, intro, questions, "");
        }

        @Override
        public LessonKind kind() {
            return LessonKind.TRUE_FALSE;
        }

        @Override
        public List<CheckItem> checkItems() {
            return questions;
        }
    }

    /** Show a real or generated digit; the student says which. */
    record FakeOrReal(String id, String title, Path file, String intro, int images, long seed, String dataset,
                      QuizMode mode, String notes) implements Lesson {
        public enum QuizMode { SINGLE, PAIR }

        public FakeOrReal(String id, String title, Path file, String intro, int images, long seed, String dataset,
                          QuizMode mode) {
            this(id, title, file, intro, images, seed, dataset, mode, "");
        }

        @Override
        public LessonKind kind() {
            return LessonKind.FAKE_OR_REAL;
        }
    }

    /** @param algorithm the lines of the training algorithm, stepped through one at a time (may be empty) */
    record LossWalkthrough(String id, String title, Path file, String intro, List<WalkthroughStep> steps,
                           List<String> algorithm, String notes) implements Lesson {
        public LossWalkthrough {
            steps = List.copyOf(steps);
            algorithm = List.copyOf(algorithm);
        }

        @Override
        public LessonKind kind() {
            return LessonKind.LOSS_WALKTHROUGH;
        }
    }

    /**
     * The latent-space lab: walks between fakes, the same noise under every code value, arithmetic on the
     * noise, and "draw me a …", drawn by the dock's live generator or a shipped one for {@code dataset}.
     * {@code generator} is the shipped one it opens with ("trained": the fully trained unsupervised one;
     * "conditional": the one trained with labels), {@code mode} the tool it opens on (walk, arithmetic, draw).
     */
    record LatentLab(String id, String title, Path file, String intro, String dataset, long seed, String generator,
                     String mode, List<CheckItem> check, String notes) implements Lesson {
        public LatentLab {
            check = List.copyOf(check);
        }

        @Override
        public LessonKind kind() {
            return LessonKind.LATENT_LAB;
        }

        @Override
        public List<CheckItem> checkItems() {
            return check;
        }
    }

    /** The 2-D lab: a tiny GAN learns {@code shape} (ring, two-moons, eight-gaussians, drawn) live. */
    record DistributionLab(String id, String title, Path file, String intro, String shape, List<CheckItem> check,
                           String notes) implements Lesson {
        public DistributionLab {
            check = List.copyOf(check);
        }

        @Override
        public LessonKind kind() {
            return LessonKind.DISTRIBUTION_LAB;
        }

        @Override
        public List<CheckItem> checkItems() {
            return check;
        }
    }

    /**
     * The copy check: fakes from a shipped generator of {@code dataset} ({@code generator}: one-minute,
     * ten-minutes, trained, collapsed) or the dock's live one, each with its nearest training images.
     */
    record CopyCheck(String id, String title, Path file, String intro, String dataset, long seed, String generator,
                     List<CheckItem> check, String notes) implements Lesson {
        public static final List<String> GENERATORS = List.of("one-minute", "ten-minutes", "trained", "collapsed");

        public CopyCheck {
            check = List.copyOf(check);
        }

        @Override
        public LessonKind kind() {
            return LessonKind.COPY_CHECK;
        }

        @Override
        public List<CheckItem> checkItems() {
            return check;
        }
    }

    /** One step of the loss walkthrough; {@code formula} is LaTeX and may be empty. */
    record WalkthroughStep(String title, String body, String formula) {
    }
}
