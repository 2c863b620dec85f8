package org.ganclassroom.lesson;

import java.util.List;

/** One check-for-understanding item: a true/false statement or a multiple-choice question. */
public sealed interface CheckItem {

    /** The text the student answers. */
    String prompt();

    /** Why the right answer is right, shown after the student answers. */
    String explanation();

    record TrueFalse(String statement, boolean answer, String explanation) implements CheckItem {
        @Override
        public String prompt() {
            return statement;
        }
    }

    record MultipleChoice(String question, List<String> choices, int correctIndex, String explanation)
            implements CheckItem {
        public MultipleChoice {
            choices = List.copyOf(choices);
            if (correctIndex < 0 || correctIndex >= choices.size()) {
                throw new IllegalArgumentException("correctIndex " + correctIndex + " outside the choices");
            }
        }

        @Override
        public String prompt() {
            return question;
        }

        public String correctChoice() {
            return choices.get(correctIndex);
        }
    }
}
