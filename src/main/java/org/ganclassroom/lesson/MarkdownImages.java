package org.ganclassroom.lesson;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the images a Markdown text refers to, with the line (0-based, within the text) of each, and
 * refuses text nested deeper than {@link #MAX_DEPTH}: commonmark's visitors and JavaFX's layout recurse
 * once per level, and a lesson nested 1,000 deep passed validation but threw in the window (6,000 deep
 * overflowed the stack of check-lessons itself).
 */
public final class MarkdownImages {

    /** Far more than a lesson needs: a list three levels deep with emphasis inside is about 10. */
    public static final int MAX_DEPTH = 40;

    /** The text is nested too deeply to show; the message says so in a sentence. */
    static final class TooDeep extends Exception {
        TooDeep(String message) {
            super(message);
        }
    }

    record Reference(String destination, int lineInText) {
    }

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownImages() {
    }

    static List<Reference> find(String markdown) throws TooDeep {
        List<Reference> found = new ArrayList<>();
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError tooDeep) {
            throw new TooDeep("is nested too deeply to read (more than " + MAX_DEPTH + " levels of lists, quotes or"
                    + " emphasis)");
        }
        int depth = depth(document);
        if (depth > MAX_DEPTH) {
            throw new TooDeep("is nested " + depth + " levels deep; lessons allow " + MAX_DEPTH
                    + " (flatten the lists, quotes or emphasis)");
        }
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                List<SourceSpan> spans = image.getSourceSpans();
                int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
                found.add(new Reference(image.getDestination(), line));
                visitChildren(image);
            }
        });
        return found;
    }

    /** The deepest node's level, found without recursion (the tree may be thousands deep). */
    public static int depth(Node root) {
        int deepest = 0;
        int level = 0;
        Node node = root;
        while (node != null) {
            deepest = Math.max(deepest, level);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                level++;
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                level--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return deepest;
    }
}
