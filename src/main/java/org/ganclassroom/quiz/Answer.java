package org.ganclassroom.quiz;

import java.time.Instant;

/** One answer a student gave to one check item: what they chose and whether it was right. */
public record Answer(String lessonId, int item, String given, boolean correct, Instant at) {
}
