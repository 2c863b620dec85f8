package org.ganclassroom.ui.training;

import java.util.Locale;

/** How the panel writes numbers: short, with a fixed number of decimals so they do not jitter. */
final class TrainingText {

    private TrainingText() {
    }

    static String step(long step) {
        return String.format(org.ganclassroom.ui.Texts.locale(), "%,d", step);
    }

    static String epoch(double epoch) {
        return String.format(org.ganclassroom.ui.Texts.locale(), "%.2f", epoch);
    }

    static String speed(double stepsPerSecond) {
        return stepsPerSecond <= 0 ? "–" : String.format(org.ganclassroom.ui.Texts.locale(), "%.2f", stepsPerSecond);
    }

    static String elapsed(long millis) {
        long seconds = millis / 1000;
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    static String score(double value) {
        return Double.isNaN(value) ? "–" : String.format(org.ganclassroom.ui.Texts.locale(), "%.2f", value);
    }
}
