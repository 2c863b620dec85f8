package org.ganclassroom.lesson;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Finds the images a Markdown text refers to, with the line (0-based, within the text) of each. */
final class MarkdownImages {

    record Reference(String destination, int lineInText) {
    }

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownImages() {
    }

    static List<Reference> find(String markdown) {
        List<Reference> found = new ArrayList<>();
        Node document = PARSER.parse(markdown);
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
}
