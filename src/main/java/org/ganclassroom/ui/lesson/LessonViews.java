package org.ganclassroom.ui.lesson;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonAssets;
import org.ganclassroom.lesson.LessonEntry;
import org.ganclassroom.lesson.LessonProblem;
import org.ganclassroom.ui.markdown.MarkdownView;

/** Builds the pane for one lesson entry: a concept page or an interactive quiz or walkthrough. */
public final class LessonViews {

    private final LessonAssets assets;
    private final LessonContext context;

    public LessonViews(Path lessonsFolder, LessonContext context) {
        this.assets = new LessonAssets(lessonsFolder);
        this.context = context;
    }

    /**
     * The lesson's pane; a lesson that fails while its pane is built gets an error page, so one bad file
     * can never stop the window from opening on it (the last-opened lesson is reopened at start).
     */
    public Node create(LessonEntry entry) {
        try {
            return build(entry);
        } catch (RuntimeException | StackOverflowError failed) {
            LessonPage page = new LessonPage("broken-lesson-pane", Texts.get("lesson.notShown"), entry.title());
            page.add(LessonPage.note(Texts.get("lesson.notShown.text", entry.file().getFileName(),
                    failed.getClass().getSimpleName()
                    + (failed.getMessage() == null ? "" : ": " + failed.getMessage().lines().findFirst().orElse("")))));
            return page;
        }
    }

    private Node build(LessonEntry entry) {
        if (entry instanceof LessonEntry.Broken broken) {
            return broken(broken);
        }
        Lesson lesson = ((LessonEntry.Loaded) entry).lesson();
        LessonPage page;
        if (lesson instanceof Lesson.Concept concept) {
            page = concept(concept);
        } else if (lesson instanceof Lesson.TrueFalse trueFalse) {
            page = trueFalse(trueFalse);
        } else if (lesson instanceof Lesson.FakeOrReal fakeOrReal) {
            page = fakeOrReal(fakeOrReal);
        } else if (lesson instanceof Lesson.LatentLab lab) {
            page = latentLab(lab);
        } else if (lesson instanceof Lesson.DistributionLab lab) {
            page = new DistributionLabPane(lab, context, assets);
        } else if (lesson instanceof Lesson.CopyCheck copyCheck) {
            page = new CopyCheckPane(copyCheck, context, assets);
        } else {
            page = lossWalkthrough((Lesson.LossWalkthrough) lesson);
        }
        // The quiz asks its questions itself; every other kind lists its checks under the lesson.
        if (!(lesson instanceof Lesson.TrueFalse) && !lesson.checkItems().isEmpty()) {
            CheckItemsView checks = new CheckItemsView(lesson.id(), lesson.checkItems(), context);
            page.add(LessonPage.sectionHeading(Texts.get("lesson.checkHeading")), checks);
            page.linkTo(Texts.get("lesson.toChecks", lesson.checkItems().size()), checks, checks::focusFirst);
        }
        if (!lesson.notes().isBlank()) {
            MarkdownView notes = MarkdownView.plain(lesson.notes(), assets); // sources: no glossary words
            notes.setId("lesson-notes");
            notes.getStyleClass().add("lesson-notes");
            page.add(LessonPage.sectionHeading(Texts.get("lesson.notesHeading")), notes);
        }
        return page;
    }

    private LessonPage concept(Lesson.Concept lesson) {
        return new LessonPage("concept-pane", Texts.get("kind.concept"), lesson.title())
                .add(new MarkdownView(lesson.body(), assets));
    }

    private LessonPage trueFalse(Lesson.TrueFalse lesson) {
        return new TrueFalsePane(lesson.id(), lesson.title(), lesson.intro(), lesson.questions(), context, assets);
    }

    private LessonPage fakeOrReal(Lesson.FakeOrReal lesson) {
        return new FakeOrRealPane(lesson, context, assets);
    }

    private LessonPage latentLab(Lesson.LatentLab lesson) {
        return new LatentLabPane(lesson, context, assets);
    }

    private LessonPage lossWalkthrough(Lesson.LossWalkthrough lesson) {
        return new LossWalkthroughPane(lesson, context, assets);
    }

    private Node broken(LessonEntry.Broken entry) {
        LessonPage page = new LessonPage("broken-lesson-pane", Texts.get("lesson.notLoaded"), entry.title());
        page.add(LessonPage.note(entry.problems().size() == 1
                ? Texts.get("lesson.notLoaded.one", entry.file().getFileName())
                : Texts.get("lesson.notLoaded.many", entry.file().getFileName(), entry.problems().size())));
        for (LessonProblem problem : entry.problems()) {
            Label line = new Label(problem.file() + ":" + problem.line() + ": " + problem.message());
            line.getStyleClass().add("lesson-problem");
            line.setWrapText(true);
            page.add(line);
        }
        return page;
    }
}
