package org.ganclassroom.gan;

/** Small networks so engine tests train in seconds, not minutes. */
final class TestPresets {

    private TestPresets() {
    }

    static Preset tiny() {
        return new Preset("tiny", 16, new int[] {16, 8}, new int[] {8, 16}, 32, 1e-3, 1e-3, 0.5, 0.2);
    }

    /**
     * The classroom preset's additions (a 4-valued code that also clusters the reals, a hidden layer in D,
     * a weight average) in small.
     */
    static Preset tinyWithCode() {
        return new Preset("tiny-code", 16, new int[] {16, 8}, new int[] {8, 16}, 32, 1e-3, 1e-3, 0.5, 0.2,
                4, 1.0, 1.0, 32, 0.99);
    }

    /** The conditional preset in small: ten classes (MNIST's digits), projection D with a hidden layer. */
    static Preset tinyConditional() {
        return new Preset("tiny-conditional", 16, new int[] {16, 8}, new int[] {8, 16}, 32, 1e-3, 1e-3, 0.5, 0.2,
                10, 0, 0, 32, 0.99, true);
    }
}
