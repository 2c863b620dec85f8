package org.ganclassroom.settings;

/** Where the main window was when it was closed, so it reopens there. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    public static final WindowPlacement DEFAULT = new WindowPlacement(Double.NaN, Double.NaN, 1280, 800, false);

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
