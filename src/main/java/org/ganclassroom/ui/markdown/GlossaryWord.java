package org.ganclassroom.ui.markdown;

import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.controlsfx.control.PopOver;
import org.ganclassroom.lesson.Glossary;
import org.ganclassroom.lesson.LessonAssets;

/**
 * A glossary word in lesson text: dotted-underlined, and a click opens a ControlsFX {@link PopOver} with its
 * meaning beside the word, so the student keeps their place on the page. Tab reaches it and Enter opens it.
 */
final class GlossaryWord {

    private GlossaryWord() {
    }

    static void attach(Text word, Glossary.Entry entry, LessonAssets assets) {
        word.getStyleClass().add("md-glossary");
        word.setCursor(Cursor.HAND);
        word.setAccessibleHelp(org.ganclassroom.ui.Texts.get("glossary.meaning", entry.term(), entry.means()));
        word.setOnMouseClicked(click -> {
            popOver(entry, assets).show(word);
            click.consume();
        });
        // Reachable by Tab and opened with Enter or Space, like a link: a keyboard user reads the meaning too.
        word.setFocusTraversable(true);
        word.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER || key.getCode() == KeyCode.SPACE) {
                popOver(entry, assets).show(word);
                key.consume();
            }
        });
    }

    static PopOver popOver(Glossary.Entry entry, LessonAssets assets) {
        Label term = new Label(entry.term());
        term.getStyleClass().add("glossary-term");
        // The meaning underlines nothing itself: a pop-over opening pop-overs would lose the student.
        MarkdownView means = MarkdownView.plain(entry.means(), assets);
        VBox box = new VBox(term, means);
        box.getStyleClass().add("glossary-popover");
        PopOver pop = new PopOver(box);
        pop.setTitle(entry.term());
        pop.setHeaderAlwaysVisible(false);
        pop.setDetachable(false);
        pop.setAutoHide(true);
        pop.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        return pop;
    }
}
