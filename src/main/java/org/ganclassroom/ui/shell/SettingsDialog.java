package org.ganclassroom.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.settings.InstructorSettings;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.ui.training.PresetNames;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The instructor settings pane: data folder, default dataset and preset, training threads, UI scale and
 * language, as a ControlsFX {@link PropertySheet} (one row per setting, a drop-down for each choice).
 * Returns the new settings when the instructor presses Save; the caller stores and applies them.
 */
final class SettingsDialog extends Dialog<InstructorSettings> {

    /** Made with each dialog, so it speaks the window's language of the moment. */
    private final ButtonType save = new ButtonType(Texts.get("settings.save"),
            javafx.scene.control.ButtonBar.ButtonData.OK_DONE);

    SettingsDialog(Window owner, InstructorSettings current, Path effectiveDataFolder, java.util.List<String> languages,
                   java.util.Map<String, String> paths) {
        setTitle(Texts.get("settings.title"));
        setHeaderText(Texts.get("settings.title"));
        if (owner != null) {
            initOwner(owner);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> languageChoices = new ArrayList<>(List.of(automatic(), "English"));
        languages.forEach(code -> languageChoices.add(languageName(code)));
        List<Integer> threadChoices = new ArrayList<>();
        for (int t = 0; t <= Math.max(cores, current.trainingThreads()); t++) {
            threadChoices.add(t);
        }
        Setting<String> dataFolder = new Setting<>("setting-data-folder", Texts.get("settings.dataFolder"),
                Texts.get("settings.dataFolder.note", effectiveDataFolder), String.class,
                current.dataFolderOverride().map(Path::toString).orElse(""), null);
        Setting<String> dataset = new Setting<>("setting-dataset", Texts.get("settings.dataset"), "", String.class,
                current.defaultDataset(), List.of("mnist", "fashion"));
        Setting<String> preset = new Setting<>("setting-preset", Texts.get("settings.preset"), "", String.class,
                current.defaultPreset(), Preset.names());
        Setting<Integer> threads = new Setting<>("setting-threads", Texts.get("settings.threads"),
                Texts.get("settings.threads.note", cores), Integer.class, current.trainingThreads(), threadChoices);
        Setting<String> scale = new Setting<>("setting-ui-scale", Texts.get("settings.scale"), "", String.class,
                percent(current.uiScale()), InstructorSettings.UI_SCALES.stream().map(SettingsDialog::percent).toList());
        Setting<String> language = new Setting<>("setting-language", Texts.get("settings.language"), "", String.class,
                InstructorSettings.AUTOMATIC.equals(current.language()) ? automatic()
                        : "en".equals(current.language()) ? "English" : languageName(current.language()),
                languageChoices);
        // The path through the course, shown by its title and time; a course without paths has no such row.
        Setting<String> coursePath = new Setting<>("setting-course-path", Texts.get("settings.path"),
                Texts.get("settings.path.note"), String.class,
                paths.containsKey(current.coursePath()) ? current.coursePath()
                        : paths.keySet().stream().reduce((a, b) -> b).orElse(current.coursePath()),
                List.copyOf(paths.keySet()));
        List<PropertySheet.Item> rows = new ArrayList<>(List.of(dataFolder, dataset, preset, threads, scale, language));
        if (!paths.isEmpty()) {
            rows.add(0, coursePath);
        }

        // ControlsFX's PropertySheet lays out a label and an editor per setting (a drop-down for each choice);
        // only the folder needs an editor of our own, a field with a "Choose…" button.
        PropertySheet sheet = new PropertySheet(FXCollections.observableArrayList(rows));
        sheet.setId("settings-sheet");
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(item -> {
            Setting<?> setting = (Setting<?>) item;
            PropertyEditor<?> editor = setting == dataFolder ? folderEditor(dataFolder, effectiveDataFolder)
                    : Editors.createChoiceEditor(item, setting.choices);
            editor.getEditor().setId(setting.id);
            if (setting == preset && editor.getEditor() instanceof ComboBox<?> box) {
                // shown as the dock names them ("salle de classe"); the id is what is saved
                showPresetNames(box);
            }
            if (setting == coursePath && editor.getEditor() instanceof ComboBox<?> box) {
                showNames(box, paths); // "The 45-minute core · 8 lessons, 44 min"; "core" is saved
            }
            if (setting == dataset && editor.getEditor() instanceof ComboBox<?> box) {
                showDatasetNames(box); // "MNIST digits", as the dock's list; "mnist" is saved
            }
            return editor;
        });
        sheet.setPrefWidth(640);
        VBox content = new VBox(8, sheet, note(Texts.get("settings.dataFolder.note", effectiveDataFolder)),
                note(Texts.get("settings.threads.note", cores)));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(save, org.ganclassroom.ui.DialogButtons.cancel());
        setResultConverter(button -> button != save ? null : new InstructorSettings(
                dataFolder.value.isBlank() ? null : Path.of(dataFolder.value.strip()), dataset.value, preset.value,
                threads.value, parsePercent(scale.value), languageCode(language.value), coursePath.value));
    }

    /** One setting as a property sheet row: its name, a tooltip, its value and, for a drop-down, the choices. */
    private static final class Setting<T> implements PropertySheet.Item {
        private final String id;
        private final String name;
        private final String description;
        private final Class<T> type;
        private final List<T> choices;
        private T value;

        Setting(String id, String name, String description, Class<T> type, T value, List<T> choices) {
            this.id = id;
            this.name = name;
            this.description = description;
            this.type = type;
            this.value = value;
            this.choices = choices;
        }

        @Override
        public Class<?> getType() {
            return type;
        }

        @Override
        public String getCategory() {
            return Texts.get("settings.title");
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Object getValue() {
            return value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void setValue(Object newValue) {
            value = (T) newValue;
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static void showPresetNames(ComboBox<?> presets) {
        ComboBox<String> box = (ComboBox<String>) presets;
        box.setConverter(new PresetNames(box.getItems()));
    }

    /** Ids shown by the names {@code names} gives them. */
    @SuppressWarnings("unchecked")
    private static void showNames(ComboBox<?> ids, java.util.Map<String, String> names) {
        ComboBox<String> box = (ComboBox<String>) ids;
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : names.getOrDefault(id, id);
            }

            @Override
            public String fromString(String shown) {
                return names.entrySet().stream().filter(e -> e.getValue().equals(shown)).map(java.util.Map.Entry::getKey)
                        .findFirst().orElse(shown);
            }
        });
    }

    /** The shipped datasets by the names the dock's list gives them; anything else (a folder) as it is. */
    @SuppressWarnings("unchecked")
    private static void showDatasetNames(ComboBox<?> datasets) {
        ComboBox<String> box = (ComboBox<String>) datasets;
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : org.ganclassroom.dock.DockSession.shippedDatasetName(id, Texts::get).orElse(id);
            }

            @Override
            public String fromString(String shown) {
                return box.getItems().stream().filter(id -> toString(id).equals(shown)).findFirst().orElse(shown);
            }
        });
    }

    /** The data folder: typed, or chosen with the system's folder chooser. */
    private PropertyEditor<String> folderEditor(Setting<String> setting, Path effectiveDataFolder) {
        TextField field = new TextField();
        field.setPromptText(effectiveDataFolder.toString());
        field.setPrefColumnCount(24);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button browse = new Button(Texts.get("settings.choose"));
        browse.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                field.setText(chosen.getAbsolutePath());
            }
        });
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(6, field, browse);
        return new AbstractPropertyEditor<>(setting, row) {
            {
                // the row's id goes to the container; tests and users type into the field itself
                field.setId("setting-data-folder-field");
            }

            @Override
            protected ObservableValue<String> getObservableValue() {
                return field.textProperty();
            }

            @Override
            public void setValue(String text) {
                field.setText(text == null ? "" : text);
            }
        };
    }

    /**
     * @param languages the translations the course has (e.g. [fr]), offered beside English
     * @param paths     the course's paths, id to what the list shows, in the course's order (may be empty)
     */
    static Optional<InstructorSettings> ask(Window owner, InstructorSettings current, Path effectiveDataFolder,
                                            java.util.List<String> languages, java.util.Map<String, String> paths) {
        return new SettingsDialog(owner, current, effectiveDataFolder, languages, paths).showAndWait();
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
