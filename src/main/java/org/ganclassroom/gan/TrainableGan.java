package org.ganclassroom.gan;

import org.ganclassroom.data.ImageSet;

/**
 * What {@link GanTrainer} needs from a GAN to train it live: steps, the fixed-noise drawings for the grid,
 * and the settings the dock changes. {@link GanModel} (this app's engine) is one; the reference DCGAN run
 * the DL4J way ({@code gan.dl4j.Dl4jGanStep}) is the other, so a class can watch that code learn too.
 * Not thread-safe: the trainer calls it under its network lock.
 */
public interface TrainableGan {

    Preset preset();

    /** The run's name in the dock and its snapshots: the preset's, with the engine when it is not this app's. */
    default String name() {
        return preset().name();
    }

    StepResult trainStep(ImageSet data, GanModel.StepKind kind);

    /** G's drawings of the fixed noise, {@link GanModel#GRID_SAMPLES} images of 28x28 values in -1..1. */
    float[] fixedSamples();

    /** Cells per row of the sample grid. */
    int gridColumns();

    long step();

    long imagesSeen();

    int batchSize();

    double generatorLearningRate();

    /** Takes effect from the next step. */
    void setBatchSize(int batch);

    /** Both networks' learning rates, from the next step. */
    void setLearningRate(double rate);

    /** The drawings of the fixed noise as a grid, labelled with the current step. */
    default SampleGrid sampleGrid() {
        return SampleGrid.of(step(), fixedSamples(), GanModel.GRID_SAMPLES, GanNetworks.IMAGE_SIDE, gridColumns());
    }
}
