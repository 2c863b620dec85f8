package org.ganclassroom.ui.lesson;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.quiz.Progress;

/**
 * What interactive lesson panes need from the rest of the app: the student's progress (and a way to save
 * it after each answer), the datasets, and the training panel's trainer when one is running.
 */
public record LessonContext(Progress progress, Runnable saveProgress, Datasets datasets,
                            Supplier<Optional<GanTrainer>> trainer) {

    public Path shippedCheckpoints() {
        return datasets.sampleDataFolder().resolve("checkpoints");
    }
}
