package org.ganclassroom.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ganclassroom.lesson.CheckItem;

/**
 * The order a student sees a multiple-choice question's choices in: shuffled, so the right answer's place
 * (and the author's habit of putting it first, or making it the longest) gives nothing away, and stable
 * for one student, so a re-opened check shows the same order. The order comes from the student's own
 * number ({@link Progress#choiceOrder()}), the lesson and the question; answers are stored as the chosen
 * text, so grading never depends on it. True/false statements are left as they are.
 */
public final class ChoiceOrder {

    private ChoiceOrder() {
    }

    public static CheckItem forStudent(long studentOrder, String lessonId, int index, CheckItem item) {
        if (!(item instanceof CheckItem.MultipleChoice question)) {
            return item;
        }
        long mix = studentOrder * 0x9E3779B97F4A7C15L + lessonId.hashCode() * 31L + index;
        SplittableRandom random = new SplittableRandom(mix);
        List<String> shuffled = new ArrayList<>(question.choices());
        for (int i = shuffled.size() - 1; i > 0; i--) { // Fisher-Yates
            int j = random.nextInt(i + 1);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return new CheckItem.MultipleChoice(question.question(), shuffled, shuffled.indexOf(question.correctChoice()),
                question.explanation());
    }

    /** Every item of a lesson in the student's order. */
    public static List<CheckItem> forStudent(long studentOrder, String lessonId, List<CheckItem> items) {
        List<CheckItem> ordered = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ordered.add(forStudent(studentOrder, lessonId, i, items.get(i)));
        }
        return ordered;
    }
}
