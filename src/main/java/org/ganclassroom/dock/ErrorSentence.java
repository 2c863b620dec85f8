package org.ganclassroom.dock;

/** A failure's message as the end of a sentence on screen: capitalised, with a full stop. */
final class ErrorSentence {

    private ErrorSentence() {
    }

    static String of(Exception problem) {
        String text = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage().strip();
        if (text.isEmpty()) {
            return text;
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
