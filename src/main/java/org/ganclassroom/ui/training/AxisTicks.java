package org.ganclassroom.ui.training;


/** Round tick values for a plot axis: steps of 1, 2, 2.5 or 5 times a power of ten. */
final class AxisTicks {

    private AxisTicks() {
    }

    /**
     * About {@code target} ticks covering [min, max]: from the last round value at or below min to the first
     * at or above max.
     */
    static double[] nice(double min, double max, int target) {
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[] {Double.isFinite(min) ? min : 0};
        }
        double step = step((max - min) / Math.max(1, target));
        long first = (long) Math.floor(min / step + 1e-9);
        long last = (long) Math.ceil(max / step - 1e-9);
        double[] ticks = new double[(int) (last - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /** The same for a whole-number axis (training steps): never a step below 1, so never "0 0 0 1 1". */
    static double[] niceWhole(double min, double max, int target) {
        double[] ticks = nice(min, max, target);
        if (ticks.length > 1 && ticks[1] - ticks[0] < 1) {
            return nice(Math.floor(min), Math.max(Math.ceil(max), Math.floor(min) + 1), (int) Math.max(1,
                    Math.min(target, Math.ceil(max) - Math.floor(min))));
        }
        return ticks;
    }

    static double step(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double multiple : new double[] {1, 2, 2.5, 5, 10}) {
            if (multiple * power >= rough * 0.999) {
                return multiple * power;
            }
        }
        return 10 * power;
    }

    /** A tick written with as many decimals as its step needs (0.25 → "0.25", 0.5 → "0.5", 2 → "2"). */
    static String format(double value, double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        int decimals = 0;
        while (decimals < 6 && Math.abs(step * Math.pow(10, decimals) - Math.round(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        // in the window's language (0,25 in French); + 0.0: no "-0"
        return String.format(org.ganclassroom.ui.Texts.locale(), "%." + decimals + "f", value + 0.0);
    }
}
