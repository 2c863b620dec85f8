package org.ganclassroom.nn;

/**
 * A named array a layer owns: weights and biases (trainable, with a gradient written by the last
 * backward pass) or BatchNorm's running statistics (state that is saved but not trained).
 */
public final class Param {

    private final String name;
    private final Tensor value;
    private final Tensor gradient;

    private Param(String name, Tensor value, Tensor gradient) {
        this.name = name;
        this.value = value;
        this.gradient = gradient;
    }

    public static Param trainable(String name, int size) {
        return new Param(name, new Tensor(size), new Tensor(size));
    }

    public static Param state(String name, int size) {
        return new Param(name, new Tensor(size), null);
    }

    public String name() {
        return name;
    }

    public Tensor value() {
        return value;
    }

    /** The gradient of the last backward pass; only for trainable params. */
    public Tensor gradient() {
        if (gradient == null) {
            throw new IllegalStateException(name + " is not trainable");
        }
        return gradient;
    }

    public boolean isTrainable() {
        return gradient != null;
    }

    public int size() {
        return value.size();
    }
}
