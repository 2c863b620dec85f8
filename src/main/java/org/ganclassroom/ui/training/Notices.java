package org.ganclassroom.ui.training;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Short notices at the bottom right of the window (ControlsFX {@link Notifications}): "Saved the grid to
 * …", "Could not save …". They fade by themselves, so an instructor mid-lesson never has to dismiss one;
 * problems stay twice as long. Each carries the style class {@code gc-notice} for tests and CSS.
 */
final class Notices {

    static final Duration SHOWN = Duration.seconds(4);

    private Notices() {
    }

    static void show(Window owner, String text, boolean problem) {
        Notifications notice = Notifications.create()
                .owner(owner)
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(problem ? SHOWN.multiply(2) : SHOWN)
                .styleClass("gc-notice");
        if (problem) {
            notice.showWarning();
        } else {
            notice.showInformation();
        }
    }
}
