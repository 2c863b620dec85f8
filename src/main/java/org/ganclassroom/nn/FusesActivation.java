package org.ganclassroom.nn;

/**
 * A layer whose last pass over its output can also apply the element-wise function that follows it
 * ({@link Sequential} pairs them). The separate pass read and wrote every activation once more: D's
 * first LeakyReLU alone is 400K values per batch of 64, and the activations were ~1.5 ms of a ~21 ms step.
 */
interface FusesActivation {

    /** From now on, the output this layer returns has {@code activation} applied to it. */
    void applyAfter(Activation activation);
}
