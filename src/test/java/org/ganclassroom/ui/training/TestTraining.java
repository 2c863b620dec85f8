package org.ganclassroom.ui.training;

import org.ganclassroom.dock.DockSetup;

import java.nio.file.Path;
import java.util.List;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.Preset;

/** The real engine with tiny networks, so UI tests train in milliseconds per step. */
public final class TestTraining {

    private TestTraining() {
    }

    public static Preset tiny() {
        return new Preset("tiny", 16, new int[] {16, 8}, new int[] {8, 16}, 8, 1e-3, 1e-3, 0.5, 0.2);
    }

    public static DockSetup setup() {
        Preset other = new Preset("tiny-wide", 16, new int[] {24, 12}, new int[] {12, 24}, 8, 1e-3, 1e-3, 0.5, 0.2);
        return new DockSetup(List.of(tiny(), other), new Datasets(Path.of("sample-data")), 2, 1);
    }

    /** Tiny networks with the classroom preset's 10-valued code: a grid of 10 columns, as the class sees it. */
    public static DockSetup codedSetup() {
        Preset coded = new Preset("tiny-coded", 16, new int[] {16, 8}, new int[] {8, 16}, 8, 1e-3, 1e-3, 0.5, 0.2,
                10, 1.0, 3.0, 0, 0);
        return new DockSetup(List.of(coded), new Datasets(Path.of("sample-data")), 2, 1);
    }
}
