package org.ganclassroom.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds the texts a person sees cut: every shown Labeled whose skin draws less than the text it holds and ends
 * the rest with the ellipsis ("Grou…", "update D by gradient ascent on (…"). Reads the skin's own Text node, so
 * it sees what is on screen, not what the code asked for.
 */
public final class Truncations {

    private Truncations() {
    }

    /** "what it holds → what it shows" for every cut text under {@code root}; hidden branches are skipped. */
    public static List<String> in(Parent root) {
        List<String> cut = new ArrayList<>();
        visit(root, cut);
        return cut;
    }

    private static void visit(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getSkin() != null) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                    String full = labeled.getText();
                    String drawn = shown.getText();
                    String ellipsis = labeled.getEllipsisString();
                    if (drawn != null && !drawn.equals(full) && !drawn.equals(full.replace("_", ""))
                            && !ellipsis.isEmpty() && drawn.contains(ellipsis) && !full.contains(ellipsis)) {
                        cut.add(describe(labeled) + ": \"" + full + "\" shown as \"" + drawn + "\"");
                    }
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, cut);
            }
        }
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() != null ? "#" + labeled.getId() : String.join(".", labeled.getStyleClass());
        return labeled.getClass().getSimpleName() + "(" + id + ", " + Math.round(labeled.getWidth()) + " px)";
    }
}
