package org.ganclassroom.ui.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.ganclassroom.lesson.Glossary;
import org.ganclassroom.lesson.LessonAssets;

/**
 * Renders lesson Markdown as JavaFX nodes: paragraphs as wrapping {@link TextFlow}s, headings, lists,
 * emphasis, code and images from the lessons folder. Built in code rather than a WebView because the
 * stack has no javafx-web and the result must follow the presenter theme's CSS (every node carries an
 * {@code md-*} style class). Inline HTML and links are shown as plain text: lessons are offline.
 */
public final class MarkdownView extends VBox {

    private static final Parser PARSER = Parser.builder().build();

    public MarkdownView(String markdown, LessonAssets assets) {
        this(markdown, assets, assets.glossary());
    }

    /** Text that underlines no glossary word: a page's sources, or a meaning shown in its own pop-over. */
    public static MarkdownView plain(String markdown, LessonAssets assets) {
        return new MarkdownView(markdown, assets, Glossary.empty());
    }


    private MarkdownView(String markdown, LessonAssets assets, Glossary glossary) {
        getStyleClass().add("markdown");
        setFillWidth(true);
        // Width flows down from the lesson pane, never up from an image: see imageView().
        setMinWidth(0);
        org.commonmark.node.Node document = PARSER.parse(markdown == null ? "" : markdown);
        if (org.ganclassroom.lesson.MarkdownImages.depth(document) > org.ganclassroom.lesson.MarkdownImages.MAX_DEPTH) {
            // check-lessons refuses such text; this guards text that reaches the view another way
            Label refused = new Label(org.ganclassroom.ui.Texts.get("markdown.tooDeep"));
            refused.getStyleClass().add("lesson-problem");
            getChildren().add(refused);
            return;
        }
        joinSoftBreaks(document);
        document.accept(new Builder(this, assets, glossary));
    }

    /**
     * A line break inside a paragraph is a space to the reader; joining the text on both sides into one run
     * lets a glossary term that the file wraps over two lines ("learning\nrate") be found.
     */
    private static void joinSoftBreaks(org.commonmark.node.Node document) {
        java.util.List<SoftLineBreak> breaks = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(SoftLineBreak softBreak) {
                breaks.add(softBreak); // collected first: unlinking during the walk would end it early
            }
        });
        for (SoftLineBreak softBreak : breaks) {
            if (softBreak.getPrevious() instanceof org.commonmark.node.Text before
                    && softBreak.getNext() instanceof org.commonmark.node.Text after) {
                before.setLiteral(before.getLiteral() + " " + after.getLiteral());
                after.unlink();
                softBreak.unlink();
            }
        }
    }

    /** Walks the Markdown tree; block nodes add children to the current container, inlines to the flow. */
    private static final class Builder extends AbstractVisitor {
        private final LessonAssets assets;
        private final Glossary glossary;
        /** A page underlines each glossary term once, where it first appears, so the text stays calm. */
        private final Set<Glossary.Entry> linked = new HashSet<>();
        private final Deque<Pane> containers = new ArrayDeque<>();
        private final Deque<String> inlineStyles = new ArrayDeque<>();
        private TextFlow flow;

        Builder(VBox root, LessonAssets assets, Glossary glossary) {
            this.assets = assets;
            this.glossary = glossary;
            containers.push(root);
        }

        @Override
        public void visit(Heading heading) {
            inHeading = true;
            block("md-h" + Math.min(heading.getLevel(), 3), heading);
            inHeading = false;
        }

        private boolean inHeading;

        @Override
        public void visit(Paragraph paragraph) {
            block("md-paragraph", paragraph);
        }

        @Override
        public void visit(BlockQuote quote) {
            VBox box = new VBox();
            box.getStyleClass().add("md-quote");
            nested(box, quote);
        }

        @Override
        public void visit(BulletList list) {
            VBox box = new VBox();
            box.getStyleClass().add("md-list");
            nested(box, list);
        }

        @Override
        public void visit(OrderedList list) {
            VBox box = new VBox();
            box.getStyleClass().add("md-list");
            nested(box, list);
        }

        @Override
        public void visit(ListItem item) {
            String marker = item.getParent() instanceof OrderedList ordered
                    ? (ordered.getMarkerStartNumber() + indexInParent(item)) + "."
                    : "•";
            Label bullet = new Label(marker);
            bullet.getStyleClass().add("md-bullet");
            bullet.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("md-list-item-content");
            HBox row = new HBox(bullet, content);
            row.getStyleClass().add("md-list-item");
            HBox.setHgrow(content, javafx.scene.layout.Priority.ALWAYS);
            containers.peek().getChildren().add(row);
            containers.push(content);
            visitChildren(item);
            containers.pop();
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeBlock(code.getLiteral());
            // "```java from=src/main/java/.../Dl4jNetworks.java": the app's own code, kept equal by a test
            java.util.regex.Matcher from = java.util.regex.Pattern.compile("from=(\\S+)").matcher(code.getInfo());
            if (from.find()) {
                String file = from.group(1).substring(from.group(1).lastIndexOf('/') + 1);
                Label caption = new Label(org.ganclassroom.ui.Texts.get("markdown.codeFrom", file));
                caption.getStyleClass().add("md-code-source");
                caption.setWrapText(true);
                containers.peek().getChildren().add(caption);
            }
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            javafx.scene.control.Separator separator = new javafx.scene.control.Separator();
            separator.getStyleClass().add("md-rule");
            containers.peek().getChildren().add(separator);
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            if (inHeading || glossary.isEmpty()) {
                addText(text.getLiteral());
                return;
            }
            String literal = text.getLiteral();
            int from = 0;
            for (Glossary.Match match : glossary.find(literal)) {
                if (!linked.add(match.entry())) {
                    continue;
                }
                addText(literal.substring(from, match.start()));
                addText(literal.substring(match.start(), match.end()));
                GlossaryWord.attach(lastText(), match.entry(), assets);
                from = match.end();
            }
            addText(literal.substring(from));
        }

        private Text lastText() {
            return (Text) flow.getChildren().get(flow.getChildren().size() - 1);
        }

        @Override
        public void visit(Code code) {
            inlineStyles.push("md-code");
            addText(code.getLiteral());
            inlineStyles.pop();
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled("md-em", emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled("md-strong", strong);
        }

        @Override
        public void visit(SoftLineBreak softBreak) {
            addText(" ");
        }

        @Override
        public void visit(HardLineBreak hardBreak) {
            addText("\n");
        }

        @Override
        public void visit(org.commonmark.node.Image image) {
            Node shown;
            LessonAssets.Resolution resolution = assets.resolveImage(image.getDestination());
            if (resolution instanceof LessonAssets.Resolution.Found found) {
                shown = imageView(found, image);
            } else {
                Label missing = new Label("[" + ((LessonAssets.Resolution.Refused) resolution).reason() + "]");
                missing.getStyleClass().add("md-image-missing");
                missing.setWrapText(true);
                shown = missing;
            }
            // Images sit in their own row so they can be scaled to the pane's width.
            flow = null;
            containers.peek().getChildren().add(shown);
        }

        private Node imageView(LessonAssets.Resolution.Found found, org.commonmark.node.Image image) {
            Image picture = new Image(found.file().toUri().toString());
            ImageView view = new ImageView(picture);
            view.setPreserveRatio(true);
            view.getStyleClass().add("md-image");
            Pane container = containers.peek();
            // Never wider than the text column, never blown up beyond 1.5 times its own size. The box around
            // the image has no minimum width, otherwise the image's width would hold the column open and
            // the column could never shrink back when the window does.
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(50, Math.min(picture.getWidth() * 1.5, container.getWidth() - 20)),
                    container.widthProperty(), picture.widthProperty()));
            String alt = altText(image);
            if (!alt.isEmpty()) {
                javafx.scene.control.Tooltip.install(view, new javafx.scene.control.Tooltip(
                        alt + "\n" + org.ganclassroom.ui.Texts.get("picture.enlarge")));
                view.setAccessibleText(alt);
            }
            PictureZoom.offer(view, alt);
            VBox box = new VBox(view);
            box.setMinWidth(0);
            box.getStyleClass().add("md-image-box");
            return box;
        }

        private static String altText(org.commonmark.node.Image image) {
            StringBuilder alt = new StringBuilder();
            for (org.commonmark.node.Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Text text) {
                    alt.append(text.getLiteral());
                }
            }
            return alt.toString();
        }

        private void block(String styleClass, org.commonmark.node.Node node) {
            TextFlow previous = flow;
            flow = new TextFlow();
            flow.getStyleClass().add(styleClass);
            flow.setNodeOrientation(NodeOrientation.INHERIT);
            containers.peek().getChildren().add(flow);
            visitChildren(node);
            flow = previous;
        }

        private void nested(Pane box, org.commonmark.node.Node node) {
            containers.peek().getChildren().add(box);
            containers.push(box);
            TextFlow previous = flow;
            flow = null;
            visitChildren(node);
            flow = previous;
            containers.pop();
        }

        private void codeBlock(String literal) {
            Label code = new Label(literal.stripTrailing());
            code.getStyleClass().add("md-code-block");
            code.setWrapText(true);
            containers.peek().getChildren().add(code);
        }

        private void styled(String styleClass, org.commonmark.node.Node node) {
            inlineStyles.push(styleClass);
            visitChildren(node);
            inlineStyles.pop();
        }

        private void addText(String literal) {
            if (literal.isEmpty() && flow != null) {
                return;
            }
            if (flow == null) {
                flow = new TextFlow();
                flow.getStyleClass().add("md-paragraph");
                containers.peek().getChildren().add(flow);
            }
            Text text = new Text(literal);
            text.getStyleClass().add("md-text");
            text.getStyleClass().addAll(inlineStyles);
            flow.getChildren().add(text);
        }

        private static int indexInParent(org.commonmark.node.Node item) {
            int index = 0;
            for (org.commonmark.node.Node n = item.getParent().getFirstChild(); n != item; n = n.getNext()) {
                index++;
            }
            return index;
        }
    }
}
