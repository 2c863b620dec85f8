package org.ganclassroom.quiz;

/**
 * Where the Fake-or-Real quiz gets its forgeries, and whose verdicts it shows beside the student's.
 * Implementations may block (they run generator networks): call them off the UI thread.
 */
public interface Forgers {

    /** Said to the class, e.g. "the generator you trained (step 1,200)". */
    String description();

    /** {@code count} generated 28x28 images, values -1..1, image after image. */
    float[] forge(int count, long seed);

    /** The discriminator's P(real) for each image. */
    double[] judge(float[] images, int count);
}
