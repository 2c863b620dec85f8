package org.ganclassroom.ui.lesson;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonAssets;
import org.ganclassroom.lesson.LessonEntry;
import org.ganclassroom.lesson.LessonProblem;
import org.ganclassroom.ui.markdown.MarkdownView;

/**
 * Builds the pane for one lesson entry. The interactive panes for true-false, fake-or-real and
 * loss-walkthrough lessons come later; until then their content is shown read-only.
 */
public final class LessonViews {

    private final LessonAssets assets;

    public LessonViews(Path lessonsFolder) {
        this.assets = new LessonAssets(lessonsFolder);
    }

    public Node create(LessonEntry entry) {
        if (entry instanceof LessonEntry.Broken broken) {
            return broken(broken);
        }
        Lesson lesson = ((LessonEntry.Loaded) entry).lesson();
        if (lesson instanceof Lesson.Concept concept) {
            return concept(concept);
        }
        if (lesson instanceof Lesson.TrueFalse trueFalse) {
            return trueFalse(trueFalse);
        }
        if (lesson instanceof Lesson.FakeOrReal fakeOrReal) {
            return fakeOrReal(fakeOrReal);
        }
        return lossWalkthrough((Lesson.LossWalkthrough) lesson);
    }

    private Node concept(Lesson.Concept lesson) {
        LessonPage page = new LessonPage("concept-pane", "Concept", lesson.title())
                .add(new MarkdownView(lesson.body(), assets));
        if (!lesson.check().isEmpty()) {
            page.add(LessonPage.sectionHeading("Check your understanding"), new CheckItemsView(lesson.check()));
        }
        return page;
    }

    private Node trueFalse(Lesson.TrueFalse lesson) {
        return new LessonPage("true-false-pane", "True or false?", lesson.title())
                .add(new MarkdownView(lesson.intro(), assets), new CheckItemsView(lesson.questions()));
    }

    private Node fakeOrReal(Lesson.FakeOrReal lesson) {
        String dataset = lesson.dataset().equals("fashion") ? "Fashion-MNIST clothes" : "MNIST handwritten digits";
        String mode = lesson.mode() == Lesson.FakeOrReal.QuizMode.PAIR
                ? "two images side by side; click the real one"
                : "one image at a time; answer Fake or Real";
        return new LessonPage("fake-or-real-pane", "Fake or Real?", lesson.title())
                .add(new MarkdownView(lesson.intro(), assets),
                        LessonPage.note("Round: " + lesson.images() + " images of " + dataset + ", " + mode
                                + " (seed " + lesson.seed() + ")."));
    }

    private Node lossWalkthrough(Lesson.LossWalkthrough lesson) {
        LessonPage page = new LessonPage("loss-walkthrough-pane", "Loss walkthrough", lesson.title())
                .add(new MarkdownView(lesson.intro(), assets));
        int number = 1;
        for (Lesson.WalkthroughStep step : lesson.steps()) {
            page.add(LessonPage.sectionHeading("Step " + number++ + ": " + step.title()));
            if (!step.formula().isEmpty()) {
                Label formula = new Label(step.formula());
                formula.getStyleClass().add("formula-source");
                formula.setWrapText(true);
                page.add(formula);
            }
            page.add(new MarkdownView(step.body(), assets));
        }
        return page;
    }

    private Node broken(LessonEntry.Broken entry) {
        LessonPage page = new LessonPage("broken-lesson-pane", "This lesson could not be loaded", entry.title());
        page.add(LessonPage.note("The file " + entry.file().getFileName() + " has "
                + (entry.problems().size() == 1 ? "a problem" : entry.problems().size() + " problems")
                + ". Fix it in a text editor, then choose Reload lessons (Ctrl+R). The other lessons are fine."));
        for (LessonProblem problem : entry.problems()) {
            Label line = new Label(problem.file() + ":" + problem.line() + ": " + problem.message());
            line.getStyleClass().add("lesson-problem");
            line.setWrapText(true);
            page.add(line);
        }
        return page;
    }
}
