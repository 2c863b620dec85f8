package org.ganclassroom.ui.training;

import java.util.List;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.Preset;

/**
 * What the training panel offers: the presets in its picker (the first is the default), where datasets
 * come from, and how often a new sample grid is drawn. Tests pass tiny networks here.
 */
public record TrainingSetup(List<Preset> presets, Datasets datasets, int gridEvery, long seed) {

    public TrainingSetup {
        presets = List.copyOf(presets);
        if (presets.isEmpty()) {
            throw new IllegalArgumentException("the panel needs at least one preset");
        }
    }

    public static TrainingSetup standard() {
        return new TrainingSetup(List.of(Preset.classroom(), Preset.reference()), Datasets.shipped(), 10, 1);
    }
}
