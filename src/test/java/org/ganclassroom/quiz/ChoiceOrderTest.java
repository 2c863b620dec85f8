package org.ganclassroom.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ganclassroom.lesson.CheckItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multiple-choice answers in each student's own order: stable for them, the right one anywhere over a class. */
class ChoiceOrderTest {

    private static final CheckItem.MultipleChoice QUESTION = new CheckItem.MultipleChoice("Which?",
            List.of("the right one", "wrong a", "wrong b", "wrong c"), 0, "Because.");

    @Test
    void aStudentSeesTheSameOrderEachTimeAndTheRightAnswerFollowsItsText() {
        var first = (CheckItem.MultipleChoice) ChoiceOrder.forStudent(42, "05-noise", 3, QUESTION);
        var again = (CheckItem.MultipleChoice) ChoiceOrder.forStudent(42, "05-noise", 3, QUESTION);
        assertEquals(first, again);
        assertEquals("the right one", first.correctChoice());
        assertEquals(List.copyOf(new java.util.TreeSet<>(QUESTION.choices())),
                List.copyOf(new java.util.TreeSet<>(first.choices())), "the same choices, reordered");
        assertTrue(Grading.isRight(first, "the right one"), "graded by text, whatever the order");
    }

    @Test
    void overAClassTheRightAnswerLandsInEveryPlaceAboutEqually() {
        int[] places = new int[4];
        for (long student = 0; student < 4000; student++) {
            places[((CheckItem.MultipleChoice) ChoiceOrder.forStudent(student, "05-noise", 3, QUESTION)).correctIndex()]++;
        }
        for (int place : places) {
            assertTrue(place > 850 && place < 1150, java.util.Arrays.toString(places));
        }
    }

    @Test
    void aTrueFalseStatementIsLeftAsItIs() {
        CheckItem statement = new CheckItem.TrueFalse("GANs have two networks.", true, "G and D.");
        assertSame(statement, ChoiceOrder.forStudent(7, "01", 0, statement));
    }

    @Test
    void theStudentsOrderIsSavedWithTheirProgress(@TempDir java.nio.file.Path dir) throws Exception {
        Progress progress = new Progress();
        progress.setChoiceOrder(123_456_789L);
        new ProgressStore(dir).save(progress);
        assertEquals(123_456_789L, new ProgressStore(dir).load().choiceOrder());
    }
}
