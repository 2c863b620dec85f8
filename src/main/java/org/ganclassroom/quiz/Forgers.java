package org.ganclassroom.quiz;

/**
 * Where the Fake-or-Real quiz gets its forgeries, and whose verdicts it shows beside the student's.
 * Implementations may block (they run generator networks): call them off the UI thread.
 */
public interface Forgers {

    /** For records (English), e.g. "the generator trained in the training panel (step 1,200)". */
    String description();

    /** True for the generator the class is training now; false for shipped ones. */
    boolean live();

    /** The training step of each generator that forges (for the window to say it in its own words). */
    java.util.List<Long> steps();

    /** {@code count} generated 28x28 images, values -1..1, image after image. */
    float[] forge(int count, long seed);

    /** The discriminator's P(real) for each image. */
    double[] judge(float[] images, int count);
}
