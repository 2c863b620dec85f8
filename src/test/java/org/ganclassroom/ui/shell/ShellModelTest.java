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
    void alongAPathItsLessonsComeFirstAndTheOthersFollowAsMoreLessons(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        org.ganclassroom.lesson.LessonFiles.write(dir, "paths.yaml", "paths:\n  - id: core\n    title: The core\n");
        for (String id : List.of("01-a", "02-b", "03-c", "04-d")) {
            boolean core = id.equals("01-a") || id.equals("03-c");
            org.ganclassroom.lesson.LessonFiles.write(dir, id + ".yaml", "kind: concept\ntitle: " + id
                    + "\nminutes: 6\n" + (core ? "paths: [core]\n" : "") + "body: |\n  Text.\n");
        }
        Course withPaths = new org.ganclassroom.lesson.CourseLoader().load(dir);
        ShellModel model = new ShellModel();
        model.setCourse(withPaths, "core", "02-b", Set.of());
        assertEquals(List.of("01-a", "03-c", "02-b", "04-d"), model.lessons().stream().map(LessonEntry::id).toList());
        assertEquals(2, model.pathLengthProperty().get());
        assertEquals(12, model.pathMinutes());
        assertEquals("The core", model.path().orElseThrow().title());
        assertEquals(2, model.currentIndexProperty().get(), "the remembered lesson, though the path leaves it out");
        assertTrue(model.isOffPath(2));
        assertFalse(model.isOffPath(1));

        model.setCourse(withPaths, "no-such-path", null, Set.of());
        assertEquals(List.of("01-a", "02-b", "03-c", "04-d"), model.lessons().stream().map(LessonEntry::id).toList(),
                "a path the course lacks: the whole course in order");
        assertEquals(0, model.pathLengthProperty().get());
        assertFalse(model.isOffPath(3));
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
