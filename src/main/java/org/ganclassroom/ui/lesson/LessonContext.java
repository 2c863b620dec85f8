package org.ganclassroom.ui.lesson;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.quiz.Progress;

/**
 * What interactive lesson panes need from the rest of the app: the student's progress (and a way to save
 * it after each answer), the datasets, the training panel's trainer when one is running, and one
 * background thread for slow lesson work (building a Fake-or-Real round). The window owns that thread and
 * ends it when it closes; panes are built per visit and must not start threads of their own.
 *
 * <p>{@code projected}: the lessons are on the projector (presenter mode). Checks and quizzes then start
 * unanswered, whatever this computer answered before, with a Reveal per question, and what the room
 * answers goes into a scratch {@code progress} that is never saved: it is not the instructor's own.
 */
public record LessonContext(Progress progress, Runnable saveProgress, Datasets datasets,
                            Supplier<Optional<GanTrainer>> trainer, Executor background, boolean projected) {

    /** The same lessons projected: fresh, unsaved answers. */
    public LessonContext projectedFresh() {
        return new LessonContext(new Progress(), () -> { }, datasets, trainer, background, true);
    }

    public Path shippedCheckpoints() {
        return datasets.sampleDataFolder().resolve("checkpoints");
    }
}
