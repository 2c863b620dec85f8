package org.ganclassroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary beside the lessons: read with its lines, found in text as whole words, checked with the course. */
class GlossaryTest {

    @TempDir
    Path course;

    private static final String GLOSSARY = """
            terms:
              - term: convolution
                also: [convolutions]
                means: A small filter slid across the picture.
              - term: transposed convolution
                also: [transposed convolutions]
                means: A convolution run backwards, so the picture **grows**.
              - term: logit
                also: [logits]
                means: The number before the sigmoid.
            """;

    @Test
    void findsWholeWordsLongestFormFirstWhateverTheirCase() throws Exception {
        LessonFiles.write(course, "glossary.yaml", GLOSSARY);
        Glossary glossary = Glossary.load(course);
        assertEquals(List.of(), glossary.problems());
        String text = "G uses Transposed convolutions; D uses a convolution and ends in one logit, not 'logitech'.";
        List<String> found = glossary.find(text).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.entry().term()).toList();
        assertEquals(List.of("Transposed convolutions=transposed convolution", "convolution=convolution",
                "logit=logit"), found);
    }

    @Test
    void theGlossaryIsNotALessonAndTheCourseCountsItsTerms() throws Exception {
        LessonFiles.write(course, "01-a.yaml", LessonFiles.GOOD_CONCEPT);
        LessonFiles.write(course, "glossary.yaml", GLOSSARY);
        Course loaded = new CourseLoader().load(course);
        assertEquals(1, loaded.entries().size());
        assertEquals(3, loaded.glossary().entries().size());
        assertTrue(loaded.summary().endsWith("glossary terms: 3, errors: 0"), loaded.summary());
    }

    @Test
    void aWordClaimedTwiceOrATermWithoutMeaningIsNamedByLine() throws Exception {
        LessonFiles.write(course, "glossary.yaml", """
                terms:
                  - term: gradient
                    means: Which way is downhill.
                  - term: slope
                    also: [Gradient]
                    means: Steepness.
                  - term: batch
                """);
        Glossary glossary = Glossary.load(course);
        List<String> problems = glossary.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("4: 'Gradient' is already a form of the term at line 2"), problems.get(0));
        assertTrue(problems.get(1).startsWith("7: a glossary term is missing the 'means' field"), problems.get(1));
        assertEquals(List.of("gradient"), glossary.entries().stream().map(Glossary.Entry::term).toList(),
                "a broken entry is left out, the others still work");
    }

    @Test
    void aHostileGlossaryIsRefusedLikeAHostileLesson() throws Exception {
        LessonFiles.write(course, "glossary.yaml", "terms:\n  - term: x\n    means: " + "a".repeat(30_000) + "\n");
        Glossary glossary = Glossary.load(course);
        assertTrue(glossary.isEmpty());
        assertTrue(glossary.problems().get(0).message().contains("longer than 20000 characters"),
                glossary.problems().toString());
    }

    @Test
    void aTranslatedGlossaryWithAnotherNumberOfTermsDrifts() throws Exception {
        LessonFiles.write(course, "01-a.yaml", LessonFiles.GOOD_CONCEPT);
        LessonFiles.write(course, "glossary.yaml", GLOSSARY);
        LessonFiles.write(course, "fr/01-a.yaml", LessonFiles.GOOD_CONCEPT);
        LessonFiles.write(course, "fr/glossary.yaml", """
                terms:
                  - term: convolution
                    means: Un petit filtre qui glisse sur l'image.
                """);
        List<LessonProblem> drift = Translations.drift(new CourseLoader().load(course),
                new CourseLoader().load(course.resolve("fr")));
        assertEquals(1, drift.size(), drift.toString());
        assertTrue(drift.get(0).message().startsWith("the glossary has 1 terms here, 3 in the course"), drift.toString());
    }
}
