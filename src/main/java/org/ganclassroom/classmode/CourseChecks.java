package org.ganclassroom.classmode;

import java.util.ArrayList;
import java.util.List;
import org.ganclassroom.lesson.CheckItem;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonEntry;

/** Every check of a course (concept checks, quiz questions, lab checks), in course order, as room checks. */
public final class CourseChecks {

    private CourseChecks() {
    }

    /** @param trueWord and falseWord how the room sees a true/false item's two answers */
    public static List<RoomCheck> of(Course course, String trueWord, String falseWord) {
        List<RoomCheck> checks = new ArrayList<>();
        for (LessonEntry entry : course.entries()) {
            if (entry instanceof LessonEntry.Loaded loaded) {
                List<CheckItem> items = loaded.lesson().checkItems();
                for (int i = 0; i < items.size(); i++) {
                    checks.add(RoomCheck.of(loaded.lesson().id() + " #" + (i + 1), items.get(i), trueWord, falseWord));
                }
            }
        }
        return checks;
    }
}
