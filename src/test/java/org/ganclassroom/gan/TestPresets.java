package org.ganclassroom.gan;

/** Small networks so engine tests train in seconds, not minutes. */
final class TestPresets {

    private TestPresets() {
    }

    static Preset tiny() {
        return new Preset("tiny", 16, new int[] {16, 8}, new int[] {8, 16}, 32, 1e-3, 1e-3, 0.5, 0.2);
    }
}
