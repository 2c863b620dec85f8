package org.ganclassroom.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * OK, Cancel and Close in the window's language. JavaFX's own {@link ButtonType#OK} and friends follow the
 * computer's language, so a class that chose French on an English laptop saw "Cancel". Made fresh for each
 * dialog (the language can change while the app runs); ask {@link #confirmed} rather than comparing with
 * {@code ButtonType.OK}.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static ButtonType ok() {
        return new ButtonType(Texts.get("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(Texts.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    /** Whether the button a dialog closed with is its OK. */
    public static boolean confirmed(java.util.Optional<ButtonType> chosen) {
        return chosen.filter(b -> b.getButtonData() == ButtonData.OK_DONE).isPresent();
    }
}
