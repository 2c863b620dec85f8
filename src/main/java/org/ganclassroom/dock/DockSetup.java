package org.ganclassroom.dock;

import java.util.List;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.settings.InstructorSettings;

/**
 * What the training dock offers: the presets in its picker (the first is the default), where datasets
 * come from, and how often a new sample grid is drawn. Tests pass tiny networks here.
 */
public record DockSetup(List<Preset> presets, Datasets datasets, int gridEvery, long seed,
                            String defaultDataset, int threads) {

    public DockSetup {
        presets = List.copyOf(presets);
        if (presets.isEmpty()) {
            throw new IllegalArgumentException("the panel needs at least one preset");
        }
    }

    public DockSetup(List<Preset> presets, Datasets datasets, int gridEvery, long seed) {
        this(presets, datasets, gridEvery, seed, Datasets.MNIST, 0);
    }

    /** The shipped presets and datasets, starting with the instructor's default preset and dataset. */
    public static DockSetup standard(InstructorSettings settings) {
        List<Preset> presets = new java.util.ArrayList<>(List.of(Preset.classroom(), Preset.reference(), Preset.classroomConditional()));
        presets.sort(java.util.Comparator.comparing(p -> !p.name().equals(settings.defaultPreset())));
        return new DockSetup(presets, Datasets.shipped(), 10, 1, settings.defaultDataset(),
                settings.trainingThreads());
    }
}
