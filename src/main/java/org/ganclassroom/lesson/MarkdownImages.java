package org.ganclassroom.lesson;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.ganclassroom.text.Messages;

/**
 * Finds the images a Markdown text refers to, with the line (0-based, within the text) of each, and
 * refuses text nested deeper than {@link #MAX_DEPTH}: commonmark's visitors and JavaFX's layout recurse
 * once per level, and a lesson nested 1,000 deep passed validation but threw in the window (6,000 deep
 * overflowed the stack of check-lessons itself).
 */
public final class MarkdownImages {

    /** Far more than a lesson needs: a list three levels deep with emphasis inside is about 10. */
    public static final int MAX_DEPTH = 40;

    /** The text is nested too deeply to show: {@code depth} levels, or -1 when too deep even to measure. */
    static final class TooDeep extends Exception {
        private final int depth;

        TooDeep(int depth) {
            super("nested " + (depth < 0 ? "too deeply to read" : depth + " levels deep"));
            this.depth = depth;
        }

        /** The problem in a sentence, for the Markdown field {@code field}, in the chosen language. */
        String message(String field) {
            return depth < 0 ? Messages.get("lesson.tooDeepToRead", MAX_DEPTH, field)
                    : Messages.get("lesson.nestedTooDeep", depth, MAX_DEPTH, field);
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
            throw new TooDeep(-1);
        }
        int depth = depth(document);
        if (depth > MAX_DEPTH) {
            throw new TooDeep(depth);
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
