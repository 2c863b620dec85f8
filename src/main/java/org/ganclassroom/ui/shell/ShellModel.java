package org.ganclassroom.ui.shell;

import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.CoursePaths;
import org.ganclassroom.lesson.LessonEntry;

/**
 * The shell's state, free of controls so plain tests can drive it: the lessons, which one is showing,
 * which have been opened (the navigator's ticks), presenter mode and the training dock.
 */
public final class ShellModel {

    private final ObservableList<LessonEntry> lessons = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(-1);
    /** The lessons list is the chosen path's lessons, then the others ("More lessons"): this many are on the path. */
    private final ReadOnlyIntegerWrapper pathLength = new ReadOnlyIntegerWrapper(0);
    private Optional<CoursePaths.CoursePath> path = Optional.empty();
    private int pathMinutes;
    private final ObservableSet<String> opened = FXCollections.observableSet();
    private final BooleanProperty presenter = new SimpleBooleanProperty(false);
    private final BooleanProperty dockOpen = new SimpleBooleanProperty(true);
    /** The dock was open and folded away for an activity in presenter mode; it comes back after it. */
    private boolean dockFoldedForActivity;
    /** True while the model itself opens or folds the dock (not the user: nothing to remember). */
    private boolean adjustingDock;
    private final BooleanBinding hasPrevious = currentIndex.greaterThan(0);
    private final BooleanBinding hasNext = Bindings.createBooleanBinding(
            () -> currentIndex.get() >= 0 && currentIndex.get() < lessons.size() - 1, currentIndex, lessons);

    public ShellModel() {
        currentIndex.addListener((obs, old, index) -> fitDockToLesson());
        presenter.addListener((obs, old, on) -> fitDockToLesson());
        dockOpen.addListener((obs, old, open) -> {
            if (!adjustingDock) {
                dockFoldedForActivity = false; // the user took over; the next lesson decides again
            }
        });
    }

    /**
     * On a projector a lab, a quiz or a Fake-or-Real round gets the whole width: half a 1024 or 1280 screen
     * pushed the lab's controls and "Start the round" below the edge. The dock folds away for such a lesson
     * and comes back on the next reading page; the Training button still opens it by hand. Outside
     * presenter mode the dock stays as the user left it.
     */
    private void fitDockToLesson() {
        boolean activity = presenter.get() && current()
                .filter(entry -> entry instanceof LessonEntry.Loaded loaded && loaded.lesson().kind().isActivity())
                .isPresent();
        if (activity && dockOpen.get()) {
            adjustDock(false);
            dockFoldedForActivity = true;
        } else if (!activity && dockFoldedForActivity) {
            adjustDock(true);
            dockFoldedForActivity = false;
        }
    }

    private void adjustDock(boolean open) {
        adjustingDock = true;
        try {
            dockOpen.set(open);
        } finally {
            adjustingDock = false;
        }
    }

    /** Whether the dock is being opened or folded by the model for a lesson, not by the user. */
    public boolean isAdjustingDock() {
        return adjustingDock;
    }

    /** Shows a (re)loaded course, staying on {@code preferredLessonId} if it still exists, else the first. */
    public void setCourse(Course course, String preferredLessonId, Set<String> openedLessons) {
        setCourse(course, null, preferredLessonId, openedLessons);
    }

    /**
     * Shows a (re)loaded course along the path {@code pathId}: its lessons first, with their minutes, then
     * the lessons it leaves out, still one click away. A course without that path shows every lesson in order.
     */
    public void setCourse(Course course, String pathId, String preferredLessonId, Set<String> openedLessons) {
        opened.addAll(openedLessons);
        currentIndex.set(-1);
        path = pathId == null ? Optional.empty() : course.paths().find(pathId);
        pathMinutes = path.isPresent() ? course.minutesOn(pathId) : 0;
        pathLength.set(path.isPresent() ? course.onPath(pathId).size() : 0);
        Course shown = course.alongPath(pathId);
        lessons.setAll(shown.entries());
        select(preferredLessonId == null ? 0 : shown.indexOf(preferredLessonId).orElse(0));
    }

    /** The path the navigator follows, if the course has the one chosen. */
    public Optional<CoursePaths.CoursePath> path() {
        return path;
    }

    /** The class time of the path's lessons (0 without a path). */
    public int pathMinutes() {
        return pathMinutes;
    }

    /** How many of {@link #lessons()} are on the path; the rest are "More lessons" (0 without a path). */
    public ReadOnlyIntegerProperty pathLengthProperty() {
        return pathLength.getReadOnlyProperty();
    }

    /** Whether the lesson at {@code index} is one the path leaves out. */
    public boolean isOffPath(int index) {
        return path.isPresent() && index >= pathLength.get();
    }

    /** Forgets the ticks (after "Reset my progress"). */
    public void clearOpened() {
        opened.clear();
    }

    public void clearCourse() {
        currentIndex.set(-1);
        path = Optional.empty();
        pathLength.set(0);
        pathMinutes = 0;
        lessons.clear();
    }

    public void select(int index) {
        if (lessons.isEmpty()) {
            currentIndex.set(-1);
            return;
        }
        int clamped = Math.max(0, Math.min(index, lessons.size() - 1));
        currentIndex.set(clamped);
    }

    /** Ticks a lesson in the navigator; the window does it once the lesson has stayed on screen a moment. */
    public void markOpened(String lessonId) {
        opened.add(lessonId);
    }

    public void next() {
        if (hasNext.get()) {
            select(currentIndex.get() + 1);
        }
    }

    public void previous() {
        if (hasPrevious.get()) {
            select(currentIndex.get() - 1);
        }
    }

    public Optional<LessonEntry> current() {
        int index = currentIndex.get();
        return index < 0 ? Optional.empty() : Optional.of(lessons.get(index));
    }

    public ObservableList<LessonEntry> lessons() {
        return FXCollections.unmodifiableObservableList(lessons);
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public ObservableSet<String> openedLessons() {
        return FXCollections.unmodifiableObservableSet(opened);
    }

    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanBinding hasNextProperty() {
        return hasNext;
    }

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    public BooleanProperty dockOpenProperty() {
        return dockOpen;
    }
}
