package org.ganclassroom.gan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ganclassroom.nn.Param;

/**
 * A running (exponential) average of G's weights, BatchNorm's running statistics included. Training moves
 * the live weights; the pictures are drawn by the average, which follows them a few hundred steps behind
 * and smooths out the jitter that a high learning rate gives each single step (Yazıcı et al. 2019, "The
 * unusual effectiveness of averaging in GAN training").
 */
public final class GeneratorAverage {

    private final List<Param> params;
    private final List<float[]> averages = new ArrayList<>();
    private final double decay;
    private long updates;

    public GeneratorAverage(List<Param> params, double decay) {
        this.params = List.copyOf(params);
        this.decay = decay;
        for (Param p : this.params) {
            averages.add(p.value().toArray());
        }
    }

    /** Starts the average afresh from the live weights. */
    void reset() {
        for (int i = 0; i < params.size(); i++) {
            params.get(i).value().get(0, averages.get(i), 0, params.get(i).size());
        }
        updates = 0;
    }

    /** Folds the live weights into the average; called after every step that moved G. */
    public void update() {
        updates++;
        // Warm-up, as in Adam's bias correction: at first the average must not hold on to the random start,
        // so its decay grows from 0.2 towards the preset's over the first few thousand updates.
        float d = (float) Math.min(decay, (1.0 + updates) / (10.0 + updates));
        for (int i = 0; i < params.size(); i++) {
            params.get(i).value().blendInto(averages.get(i), d);
        }
    }

    /** Runs {@code work} with the averaged weights in G, then puts the live ones back. */
    public <T> T with(Supplier<T> work) {
        swap();
        try {
            return work.get();
        } finally {
            swap();
        }
    }

    long updates() {
        return updates;
    }

    /** All averaged values in one array, in G's parameter order (for checkpoints; {@link #restore} reads it). */
    float[] values() {
        float[] all = new float[averages.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (float[] average : averages) {
            System.arraycopy(average, 0, all, at, average.length);
            at += average.length;
        }
        return all;
    }

    /** Restores a saved average; {@code values} holds all parameters in G's order. */
    void restore(float[] values, long savedUpdates) {
        int expected = averages.stream().mapToInt(a -> a.length).sum();
        if (values.length != expected) {
            throw new IllegalArgumentException("the weight average has " + values.length + " values, not " + expected);
        }
        int at = 0;
        for (float[] average : averages) {
            System.arraycopy(values, at, average, 0, average.length);
            at += average.length;
        }
        updates = savedUpdates;
    }

    private void swap() {
        for (int i = 0; i < params.size(); i++) {
            float[] live = params.get(i).value().toArray();
            params.get(i).value().put(0, averages.get(i), 0, live.length);
            averages.set(i, live);
        }
    }
}
