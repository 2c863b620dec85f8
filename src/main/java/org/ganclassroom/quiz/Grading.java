package org.ganclassroom.quiz;

import java.time.Instant;
import org.ganclassroom.lesson.CheckItem;

/**
 * Marks a student's answer to a check item, for every pane that asks one (the true/false quiz, the checks
 * under a concept page). {@code given} is "true" / "false" for a statement and the chosen text for a
 * multiple-choice question, as stored in progress.yaml.
 */
public final class Grading {

    private Grading() {
    }

    public static boolean isRight(CheckItem item, String given) {
        return item instanceof CheckItem.TrueFalse statement
                ? Boolean.parseBoolean(given) == statement.answer() && ("true".equals(given) || "false".equals(given))
                : given.equals(((CheckItem.MultipleChoice) item).correctChoice());
    }

    public static Answer grade(String lessonId, int index, CheckItem item, String given, Instant at) {
        return new Answer(lessonId, index, given, isRight(item, given), at);
    }

    /** "True." / "False." / "B) Strided convolutions.": the right answer in words. */
    public static String answerText(CheckItem item) {
        if (item instanceof CheckItem.TrueFalse trueFalse) {
            return trueFalse.answer() ? "True." : "False.";
        }
        CheckItem.MultipleChoice choice = (CheckItem.MultipleChoice) item;
        return (char) ('A' + choice.correctIndex()) + ") " + choice.correctChoice() + ".";
    }
}
