package org.ganclassroom.ui.lesson;

import javafx.scene.input.KeyEvent;

/**
 * A lesson pane with its own keys (T/F, F/R, ...). The main window offers every key press to the
 * current pane first, whatever has the focus, so a class can answer without clicking.
 */
public interface KeyboardLesson {

    /** @return true if the pane used the key (it is then consumed) */
    boolean handleKey(KeyEvent event);
}
