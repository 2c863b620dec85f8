package org.ganclassroom.ui.markdown;

import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.controlsfx.control.PopOver;
import org.ganclassroom.lesson.Glossary;
import org.ganclassroom.lesson.LessonAssets;

/**
 * A glossary word in lesson text: dotted-underlined, and a click opens a ControlsFX {@link PopOver} with its
 * meaning beside the word, so the student keeps their place on the page.
 */
final class GlossaryWord {

    private GlossaryWord() {
    }

    static void attach(Text word, Glossary.Entry entry, LessonAssets assets) {
        word.getStyleClass().add("md-glossary");
        word.setCursor(Cursor.HAND);
        word.setAccessibleHelp(org.ganclassroom.ui.Texts.get("glossary.meaning", entry.term(), entry.means()));
        word.setOnMouseClicked(click -> {
            PopOver pop = popOver(entry, assets);
            pop.show(word);
            click.consume();
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
