package org.ganclassroom.lesson;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile lesson files (docs/robustness.md) become broken entries with a sentence, quickly: they never
 * overflow the stack, stall loading or reach the window.
 */
class LessonRobustnessTest {

    @TempDir
    Path dir;

    private String problemsOf(String name, String content) throws Exception {
        LessonFiles.write(dir, name, content);
        return problemsOf(name);
    }

    private String problemsOf(String name) throws Exception {
        LessonEntry entry = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new CourseLoader().load(dir).entries().stream()
                        .filter(e -> e.file().getFileName().toString().equals(name)).findFirst().orElseThrow());
        return String.join("\n", assertInstanceOf(LessonEntry.Broken.class, entry).problems().stream()
                .map(LessonProblem::toString).toList());
    }

    private static String concept(String body) {
        return "kind: concept\ntitle: Deep\nbody: |\n  " + body.replace("\n", "\n  ") + "\n";
    }

    @Test
    void markdownNestedThousandsDeepIsRefusedWithoutOverflowingTheStack() throws Exception {
        for (int depth : new int[] {60, 1000, 6000}) {
            String quotes = ">".repeat(depth) + " deep";
            assertTrue(problemsOf("quotes" + depth + ".yaml", concept(quotes)).contains("nested"), "quotes " + depth);
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < Math.min(depth, 300); i++) { // deeper lists pass the file size limit first
                list.append("  ".repeat(i)).append("- item\n");
            }
            String listProblems = problemsOf("list" + depth + ".yaml", concept(list.toString()));
            assertTrue(listProblems.contains("nested"), listProblems);
        }
        String emphasis = "**".repeat(3000) + "x" + "**".repeat(3000);
        String problems = problemsOf("emphasis.yaml", concept(emphasis));
        assertTrue(problems.contains("nested") || problems.contains("longer than"), problems);
    }

    @Test
    void aGiantCommentLineIsRefusedQuickly() throws Exception {
        String problems = problemsOf("comment.yaml", LessonFiles.GOOD_CONCEPT + "# " + "x".repeat(400_000) + "\n");
        assertTrue(problems.contains("longer than 20000 characters"), problems);
        Path huge = dir.resolve("huge.yaml");
        try (var out = Files.newBufferedWriter(huge)) {
            out.write(LessonFiles.GOOD_CONCEPT);
            for (int i = 0; i < 200_000; i++) {
                out.write("# padding\n");
            }
        }
        assertTrue(problemsOf("huge.yaml").contains("may be at most 512 KB"));
    }

    @Test
    void aLessonThatIsALinkOutOfTheFolderIsNotRead() throws Exception {
        Path outside = Files.writeString(dir.getParent().resolve("secret-" + System.nanoTime() + ".yaml"),
                LessonFiles.GOOD_CONCEPT);
        try {
            Files.createSymbolicLink(dir.resolve("link.yaml"), outside);
            assertTrue(problemsOf("link.yaml").contains("outside the lessons folder"));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aPictureClaimingHugeSizeIsRefusedByItsHeader() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] bomb = png.toByteArray();
        java.nio.ByteBuffer.wrap(bomb, 16, 8).putInt(20000).putInt(20000);
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/bomb.png"), bomb);
        String problems = problemsOf("bomb.yaml", concept("![big](images/bomb.png)"));
        assertTrue(problems.contains("claims to be 20000x20000"), problems);
    }
}
