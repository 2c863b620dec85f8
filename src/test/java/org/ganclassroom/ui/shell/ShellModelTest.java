package org.ganclassroom.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonEntry;
import org.junit.jupiter.api.Test;

class ShellModelTest {

    private static LessonEntry lesson(String id) {
        return new LessonEntry.Loaded(new Lesson.Concept(id, id, Path.of(id + ".yaml"), "body", List.of()));
    }

    private final Course course = new Course(Path.of("lessons"), List.of(lesson("a"), lesson("b"), lesson("c")));

    @Test
    void startsOnTheRememberedLessonWithTheRememberedTicks() {
        ShellModel model = new ShellModel();
        model.setCourse(course, "b", Set.of("a"));
        assertEquals(1, model.currentIndexProperty().get());
        assertEquals(Set.of("a"), model.openedLessons(), "b is ticked once it has stayed on screen (the window's dwell)");
        model.markOpened("b");
        assertEquals(Set.of("a", "b"), model.openedLessons());
    }

    @Test
    void forgottenLessonFallsBackToTheFirst() {
        ShellModel model = new ShellModel();
        model.setCourse(course, "deleted-since", Set.of());
        assertEquals(0, model.currentIndexProperty().get());
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        ShellModel model = new ShellModel();
        model.setCourse(course, null, Set.of());
        assertFalse(model.hasPreviousProperty().get());
        model.previous();
        assertEquals(0, model.currentIndexProperty().get());
        model.next();
        model.next();
        assertFalse(model.hasNextProperty().get());
        model.next();
        assertEquals(2, model.currentIndexProperty().get());
        assertTrue(model.hasPreviousProperty().get());
        assertEquals(Set.of(), model.openedLessons(), "passing through ticks nothing");
    }

    @Test
    void onAProjectorAnActivityFoldsTheDockAndAReadingPageBringsItBack() {
        LessonEntry quiz = new LessonEntry.Loaded(new Lesson.TrueFalse("q", "q", Path.of("q.yaml"), "intro", List.of()));
        ShellModel model = new ShellModel();
        model.setCourse(new Course(Path.of("lessons"), List.of(lesson("a"), quiz, lesson("c"))), null, Set.of());
        List<Boolean> remembered = new java.util.ArrayList<>(); // what the window would save: user changes only
        model.dockOpenProperty().addListener((obs, old, open) -> {
            if (!model.isAdjustingDock()) {
                remembered.add(open);
            }
        });
        model.next();
        assertTrue(model.dockOpenProperty().get(), "outside presenter mode the dock stays as the user left it");

        model.presenterProperty().set(true);
        assertFalse(model.dockOpenProperty().get(), "the quiz gets the projector's whole width");
        model.next();
        assertTrue(model.dockOpenProperty().get(), "a reading page brings the dock back");
        model.previous();
        assertFalse(model.dockOpenProperty().get());
        model.dockOpenProperty().set(true); // the instructor opens it by hand for this quiz
        assertTrue(model.dockOpenProperty().get());
        model.presenterProperty().set(false);
        assertTrue(model.dockOpenProperty().get());
        assertEquals(List.of(true), remembered, "only the instructor's own click is remembered");

        model.dockOpenProperty().set(false); // closed by the user: no lesson reopens it
        model.presenterProperty().set(true);
        model.next();
        assertFalse(model.dockOpenProperty().get());
    }
}
