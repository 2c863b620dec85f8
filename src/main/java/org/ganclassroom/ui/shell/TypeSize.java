package org.ganclassroom.ui.shell;

/**
 * The window's base font size in px (everything else is sized in em from it). In normal mode a fixed
 * desktop size. In presenter mode a share of the window's height: what the back row sees is the text's
 * share of the projected picture, so a 1024x768 projector gets the same share as a 1080p one (the 26 px
 * that reads well at 1080 rows is 1/41.5 of the height) instead of 26 px that push a lesson's activity
 * below the edge. Between 18 and 26 px; the instructor's UI scale multiplies either.
 */
final class TypeSize {

    static final double NORMAL_PX = 15;
    static final double PRESENTER_MAX_PX = 26;
    static final double PRESENTER_MIN_PX = 18;
    /** 1080 / 26: the height that one line of presenter type takes at full size. */
    static final double PRESENTER_HEIGHT_PER_PX = 41.5;

    private TypeSize() {
    }

    /** Rounded to half a pixel, so a window being resized restyles only when the size really changes. */
    static double basePx(boolean presenter, double windowHeight, double uiScale) {
        double px = NORMAL_PX;
        if (presenter) {
            double byHeight = windowHeight > 0 ? windowHeight / PRESENTER_HEIGHT_PER_PX : PRESENTER_MAX_PX;
            px = Math.max(PRESENTER_MIN_PX, Math.min(PRESENTER_MAX_PX, byHeight));
        }
        return Math.round(px * uiScale * 2) / 2.0;
    }
}
