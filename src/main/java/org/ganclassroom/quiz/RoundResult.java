package org.ganclassroom.quiz;

import java.time.Instant;

/** The outcome of one Fake-or-Real round: the student's score beside the discriminator's. */
public record RoundResult(String lessonId, int correct, int total, int discriminatorCorrect, Instant at) {
}
