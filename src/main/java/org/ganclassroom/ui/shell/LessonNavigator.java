package org.ganclassroom.ui.shell;

import javafx.collections.SetChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganclassroom.ui.Texts;
import org.ganclassroom.lesson.LessonEntry;

/**
 * The ordered list of lessons, with a tick for each one opened and a warning sign for a broken file. Along
 * a path (Settings… → Course path) the path's lessons come first, each with its minutes, and
 * the lessons it leaves out follow under "More lessons", still one click away; {@link #column()} adds the
 * path's name and total time above the list.
 */
final class LessonNavigator extends ListView<LessonEntry> {

    private final ShellModel model;
    private final Label pathTitle = new Label();
    private final Label pathTime = new Label();
    private final VBox column;

    /** @param badge text after a lesson's title, such as its score ("  ·  7/12"), or "" */
    LessonNavigator(ShellModel model, java.util.function.Function<LessonEntry, String> badge) {
        super(model.lessons());
        this.model = model;
        setId("lesson-navigator");
        getStyleClass().add("lesson-navigator");
        setCellFactory(list -> new LessonCell(model, badge));
        model.currentIndexProperty().addListener((obs, old, index) -> {
            if (getSelectionModel().getSelectedIndex() != index.intValue()) {
                getSelectionModel().select(index.intValue());
            }
            if (index.intValue() >= 0) {
                scrollTo(index.intValue());
            }
        });
        getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0 && index.intValue() != model.currentIndexProperty().get()) {
                model.select(index.intValue());
            }
        });
        model.openedLessons().addListener((SetChangeListener<String>) change -> refresh());
        getSelectionModel().select(model.currentIndexProperty().get());
        pathTitle.setId("path-title");
        pathTitle.getStyleClass().add("path-title");
        pathTitle.setWrapText(true);
        pathTime.setId("path-time");
        pathTime.getStyleClass().add("path-time");
        VBox header = new VBox(pathTitle, pathTime);
        header.getStyleClass().add("path-header");
        column = new VBox(header, this);
        column.getStyleClass().add("navigator-column");
        VBox.setVgrow(this, Priority.ALWAYS);
        header.visibleProperty().bind(model.pathLengthProperty().greaterThan(0));
        header.managedProperty().bind(header.visibleProperty());
        model.pathLengthProperty().addListener((obs, old, length) -> showPath());
        model.lessons().addListener((javafx.collections.ListChangeListener<LessonEntry>) change -> showPath());
        showPath();
        // the column goes where the list goes: hidden with it in presenter mode and in a narrow window
        column.visibleProperty().bind(visibleProperty());
        column.managedProperty().bind(visibleProperty());
    }

    /** The list with the path's title and time above it: what the window shows as its left column. */
    VBox column() {
        return column;
    }

    private void showPath() {
        model.path().ifPresent(path -> {
            pathTitle.setText(path.title());
            pathTime.setText(Texts.count("navigator.pathLessons", model.pathLengthProperty().get(),
                    model.pathLengthProperty().get()) + "  ·  " + Texts.get("navigator.minutes", model.pathMinutes()));
            pathTitle.setTooltip(path.about().isBlank() ? null : new Tooltip(path.about().strip())); // replaced, not piled up
        });
        refresh();
    }

    private static final class LessonCell extends ListCell<LessonEntry> {
        private final ShellModel model;
        private final java.util.function.Function<LessonEntry, String> badge;

        LessonCell(ShellModel model, java.util.function.Function<LessonEntry, String> badge) {
            this.model = model;
            this.badge = badge;
            // Long titles wrap inside the navigator's width instead of adding a horizontal scroll bar.
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LessonEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("broken", "opened", "off-path");
            setGraphic(null);
            if (empty || entry == null) {
                setText(null);
                return;
            }
            if (model.isOffPath(getIndex())) {
                getStyleClass().add("off-path");
                if (getIndex() == model.pathLengthProperty().get()) {
                    Label more = new Label(Texts.get("navigator.more"));
                    more.getStyleClass().add("more-lessons");
                    more.setMaxWidth(Double.MAX_VALUE);
                    setGraphic(more); // a heading above the first lesson the path leaves out
                    setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
                }
            }
            String mark;
            if (entry instanceof LessonEntry.Broken) {
                mark = "⚠";
                getStyleClass().add("broken");
            } else if (model.openedLessons().contains(entry.id())) {
                mark = "✓";
                getStyleClass().add("opened");
            } else {
                mark = "  ";
            }
            int minutes = entry.placement().minutes();
            setText(mark + "  " + (getIndex() + 1) + ". " + entry.title()
                    // no-break spaces: "· 5 min" stays with the title's last word, never starts a line alone
                    + (minutes > 0 ? "\u00a0\u00a0·\u00a0\u00a0" + Texts.get("navigator.minutes", minutes) : "")
                    + badge.apply(entry));
        }
    }
}
