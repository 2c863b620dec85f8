package org.ganclassroom.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.settings.InstructorSettings;
import org.ganclassroom.ui.Texts;

/**
 * The instructor settings pane: data folder, default dataset and preset, training threads and UI scale.
 * Returns the new settings when the instructor presses Save; the caller stores and applies them.
 */
final class SettingsDialog extends Dialog<InstructorSettings> {

    /** Made with each dialog, so it speaks the window's language of the moment. */
    private final ButtonType save = new ButtonType(Texts.get("settings.save"),
            javafx.scene.control.ButtonBar.ButtonData.OK_DONE);

    SettingsDialog(Window owner, InstructorSettings current, Path effectiveDataFolder, java.util.List<String> languages) {
        setTitle(Texts.get("settings.title"));
        setHeaderText(Texts.get("settings.title"));
        if (owner != null) {
            initOwner(owner);
        }
        TextField dataFolder = new TextField(current.dataFolderOverride().map(Path::toString).orElse(""));
        dataFolder.setId("setting-data-folder");
        dataFolder.setPromptText(effectiveDataFolder.toString());
        dataFolder.setPrefColumnCount(28);
        Button browse = new Button(Texts.get("settings.choose"));
        browse.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                dataFolder.setText(chosen.getAbsolutePath());
            }
        });
        ComboBox<String> dataset = new ComboBox<>();
        dataset.setId("setting-dataset");
        dataset.getItems().addAll("mnist", "fashion");
        dataset.setValue(current.defaultDataset());
        ComboBox<String> preset = new ComboBox<>();
        preset.setId("setting-preset");
        preset.getItems().addAll(Preset.names());
        preset.setValue(current.defaultPreset());
        int cores = Runtime.getRuntime().availableProcessors();
        Spinner<Integer> threads = new Spinner<>(0, Math.max(cores, current.trainingThreads()), current.trainingThreads());
        threads.setId("setting-threads");
        ComboBox<String> scale = new ComboBox<>();
        scale.setId("setting-ui-scale");
        InstructorSettings.UI_SCALES.forEach(s -> scale.getItems().add(percent(s)));
        scale.setValue(percent(current.uiScale()));

        ComboBox<String> language = new ComboBox<>();
        language.setId("setting-language");
        language.getItems().add(automatic());
        language.getItems().add("English");
        for (String code : languages) {
            language.getItems().add(languageName(code));
        }
        language.setValue(InstructorSettings.AUTOMATIC.equals(current.language()) ? automatic()
                : "en".equals(current.language()) ? "English" : languageName(current.language()));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(Texts.get("settings.dataFolder")), new HBox(6, dataFolder, browse));
        grid.addRow(1, new Label(""), note(Texts.get("settings.dataFolder.note", effectiveDataFolder)));
        grid.addRow(2, new Label(Texts.get("settings.dataset")), dataset);
        grid.addRow(3, new Label(Texts.get("settings.preset")), preset);
        grid.addRow(4, new Label(Texts.get("settings.threads")), new HBox(6, threads,
                note(Texts.get("settings.threads.note", cores))));
        grid.addRow(5, new Label(Texts.get("settings.scale")), scale);
        grid.addRow(6, new Label(Texts.get("settings.language")), language);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        setResultConverter(button -> button != save ? null : new InstructorSettings(
                dataFolder.getText().isBlank() ? null : Path.of(dataFolder.getText().strip()), dataset.getValue(),
                preset.getValue(), threads.getValue(), parsePercent(scale.getValue()), languageCode(language.getValue())));
    }

    /** @param languages the translations the course has (e.g. [fr]), offered beside English */
    static Optional<InstructorSettings> ask(Window owner, InstructorSettings current, Path effectiveDataFolder,
                                            java.util.List<String> languages) {
        return new SettingsDialog(owner, current, effectiveDataFolder, languages).showAndWait();
    }

    /** The choice that follows the computer's language, in the window's language. */
    static String automatic() {
        return Texts.get("settings.language.automatic");
    }

    /** "Français (fr)": the language's own name, so a speaker finds it whatever language the app is in. */
    static String languageName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String own = locale.getDisplayLanguage(locale);
        return (own.isEmpty() ? code : own.substring(0, 1).toUpperCase(locale) + own.substring(1)) + " (" + code + ")";
    }

    static String languageCode(String shown) {
        if (shown == null || automatic().equals(shown)) {
            return InstructorSettings.AUTOMATIC;
        }
        if ("English".equals(shown)) {
            return "en";
        }
        int open = shown.lastIndexOf('(');
        return open < 0 ? InstructorSettings.AUTOMATIC : shown.substring(open + 1, shown.length() - 1);
    }

    static String percent(double scale) {
        return String.format(Locale.ROOT, "%d%%", Math.round(scale * 100));
    }

    static double parsePercent(String text) {
        return Integer.parseInt(text.replace("%", "").strip()) / 100.0;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("lesson-note");
        label.setWrapText(true);
        return label;
    }
}
