package org.ganclassroom.nn;

/**
 * A layer that multiplies the gradient it returns by the derivative of the activation just before it
 * ({@link Sequential} pairs them), in the last pass that writes that gradient. The activation's output is
 * this layer's input, so the derivative is read off what the layer already holds. The activation's own
 * backward pass read the gradient and the outputs and wrote the product: for D's first LeakyReLU 400K
 * values a batch of 64, once in D's step and again (at 32) when G's gradient goes through D.
 */
interface FoldsInputDerivative {

    /** From now on, the input gradient this layer returns is multiplied by {@code activation}'s derivative. */
    void multiplyInputGradientByDerivativeOf(Activation activation);
}
