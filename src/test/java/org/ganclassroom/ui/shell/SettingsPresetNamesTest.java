package org.ganclassroom.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.ganclassroom.settings.InstructorSettings;
import org.ganclassroom.ui.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The French settings dialog names the presets as the dock does, and still saves their ids. */
class SettingsPresetNamesTest extends ApplicationTest {

    private SettingsDialog dialog;

    @Override
    public void start(Stage stage) {
        Texts.use("fr");
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 200)); // the dialog copies its owner's stylesheets
        stage.show();
        dialog = new SettingsDialog(stage, InstructorSettings.DEFAULTS, Path.of("data"), List.of("fr"), java.util.Map.of());
        dialog.show();
    }

    @AfterEach
    void back() {
        Texts.use("en");
        if (dialog != null) {
            interact(dialog::close);
        }
    }

    @Test
    void presetsAreShownInFrenchAndSavedById() {
        @SuppressWarnings("unchecked")
        ComboBox<String> presets = lookup("#setting-preset").queryAs(ComboBox.class);
        assertEquals("classroom", presets.getValue());
        assertEquals("salle de classe", presets.getConverter().toString(presets.getValue()));
        assertEquals("salle de classe", shown(presets));
        interact(() -> presets.setValue("conditional"));
        assertEquals("conditionnel", shown(presets));
        interact(presets::show);
        assertEquals(List.of("salle de classe", "référence", "conditionnel"), lookup(".combo-box-popup .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream().map(javafx.scene.control.ListCell::getText)
                .filter(text -> text != null && !text.isEmpty()).toList());
        interact(presets::hide);
        ButtonType save = dialog.getDialogPane().getButtonTypes().get(0);
        interact(() -> ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(save)).fire());
        assertEquals("conditional", dialog.getResult().defaultPreset());
    }

    /** The text on the drop-down's button: the skin's own cell (ComboBox.getButtonCell() is null), its direct child. */
    private String shown(ComboBox<String> presets) {
        return from(presets).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> cell.getParent() == presets).findFirst().orElseThrow().getText();
    }
}
