package org.ganclassroom.ui.shell;

import javafx.collections.SetChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.ganclassroom.lesson.LessonEntry;

/** The ordered list of lessons, with a tick for each one opened and a warning sign for a broken file. */
final class LessonNavigator extends ListView<LessonEntry> {

    /** @param badge text after a lesson's title, such as its score ("  ·  7/12"), or "" */
    LessonNavigator(ShellModel model, java.util.function.Function<LessonEntry, String> badge) {
        super(model.lessons());
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
            getStyleClass().removeAll("broken", "opened");
            if (empty || entry == null) {
                setText(null);
                return;
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
            setText(mark + "  " + (getIndex() + 1) + ". " + entry.title() + badge.apply(entry));
        }
    }
}
