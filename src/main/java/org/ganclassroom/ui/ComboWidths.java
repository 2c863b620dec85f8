package org.ganclassroom.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Makes a drop-down want the width of its longest item. A ComboBox sizes itself from its list's cells, which
 * do not exist before the list is first opened, so in a narrow column it showed "Chiffres M…" and
 * "The fully t…". The width is measured in the button's own font, again when the font changes (presenter type,
 * the instructor's text size) and when the items change.
 */
public final class ComboWidths {

    private ComboWidths() {
    }

    public static <T> void fitLongestItem(ComboBox<T> combo) {
        fitLongestItem(combo, Double.MAX_VALUE);
    }

    /** As above, but never wanting more than {@code maxEm} of its font's size (a narrow dock's settings row). */
    public static <T> void fitLongestItem(ComboBox<T> combo, double maxEm) {
        Runnable fit = () -> fit(combo, maxEm);
        combo.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> {
            // The button's cell exists once the skin has laid out; its font is the stylesheet's only after
            // CSS, so it is measured again whenever that font changes (and after the em paddings follow).
            if (combo.lookup(".list-cell") instanceof Labeled cell) {
                cell.fontProperty().addListener(o -> Platform.runLater(fit));
            }
            fit.run();
        }));
        combo.getItems().addListener((InvalidationListener) o -> Platform.runLater(fit));
    }

    private static <T> void fit(ComboBox<T> combo, double maxEm) {
        if (!(combo.lookup(".list-cell") instanceof Labeled cell)) {
            return;
        }
        double widest = 0;
        for (T item : combo.getItems()) {
            Text text = new Text(combo.getConverter() == null ? String.valueOf(item) : combo.getConverter().toString(item));
            text.setFont(cell.getFont());
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        Node arrow = combo.lookup(".arrow-button");
        double arrowWidth = arrow instanceof Region region && region.getWidth() > 0 ? region.getWidth() : cell.getFont().getSize() * 2;
        // The preferred width, not the minimum: a minimum made the dock's settings row wider than a 1024 window's
        // dock, which then cut its right edge off; where room is short the drop-down still yields.
        double wanted = widest + cell.snappedLeftInset() + cell.snappedRightInset() + arrowWidth
                + combo.snappedLeftInset() + combo.snappedRightInset() + 2 * cell.getFont().getSize(); // the skin needs more than the bare text
        combo.setPrefWidth(Math.ceil(Math.min(wanted, maxEm * cell.getFont().getSize())));
    }
}
