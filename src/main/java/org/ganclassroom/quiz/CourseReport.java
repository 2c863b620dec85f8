package org.ganclassroom.quiz;

import org.ganclassroom.text.Messages;

import java.util.ArrayList;
import java.util.List;
import org.ganclassroom.lesson.CheckItem;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonEntry;

/**
 * The end-of-course summary a student shows the instructor, and the same as CSV for a spreadsheet.
 */
public final class CourseReport {

    private final Course course;
    private final Progress progress;

    public CourseReport(Course course, Progress progress) {
        this.course = course;
        this.progress = progress;
    }

    /** Lessons the student has opened (of the loaded ones). */
    public int lessonsOpened() {
        return (int) loaded().filter(lesson -> progress.opened().contains(lesson.id())).count();
    }

    /** Check items answered, over every loaded lesson. */
    public int answered() {
        return loaded().mapToInt(lesson -> progress.score(lesson.id()).answered()).sum();
    }

    public int right() {
        return loaded().mapToInt(lesson -> progress.score(lesson.id()).correct()).sum();
    }

    /** Check items there are to answer. */
    public int questions() {
        return loaded().mapToInt(lesson -> lesson.checkItems().size()).sum();
    }

    private java.util.stream.Stream<Lesson> loaded() {
        return course.entries().stream().filter(LessonEntry.Loaded.class::isInstance)
                .map(entry -> ((LessonEntry.Loaded) entry).lesson());
    }

    /** One line per lesson, then the totals. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (!progress.studentName().isEmpty()) {
            lines.add(Messages.get("report.student", progress.studentName()));
        }
        int correct = 0;
        int answered = 0;
        int questions = 0;
        int opened = 0;
        for (LessonEntry entry : course.entries()) {
            if (!(entry instanceof LessonEntry.Loaded loaded)) {
                continue;
            }
            Lesson lesson = loaded.lesson();
            boolean seen = progress.opened().contains(lesson.id());
            opened += seen ? 1 : 0;
            Progress.Score score = progress.score(lesson.id());
            correct += score.correct();
            answered += score.answered();
            questions += lesson.checkItems().size();
            lines.add(Messages.get("report.lesson", seen ? "✓" : "·", lesson.title(), detail(lesson, score)));
        }
        lines.add(Messages.get("report.totals", opened, course.entries().size(), answered, questions, correct,
                percent(correct, answered)));
        return lines;
    }

    private String detail(Lesson lesson, Progress.Score score) {
        if (lesson instanceof Lesson.FakeOrReal) {
            return progress.bestRound(lesson.id())
                    .map(r -> Messages.get("report.bestRound", r.correct(), r.total(), r.discriminatorCorrect(),
                            r.total()))
                    .orElse(Messages.get("report.noRound"));
        }
        if (lesson.checkItems().isEmpty()) {
            return Messages.get("report.read");
        }
        return score.isEmpty() ? Messages.get("report.notAnswered")
                : Messages.get("report.score", score.correct(), score.answered(), lesson.checkItems().size());
    }

    /**
     * {@code student,lesson,title,kind,item,question,given,correct,answered_at} plus one row per round; a round's
     * {@code correct} says whether the student did at least as well as the discriminator (a round lost to
     * it is false even when more than half was right).
     */
    public String csv() {
        StringBuilder csv = new StringBuilder("student,lesson,title,kind,item,question,given,correct,answered_at\n");
        for (LessonEntry entry : course.entries()) {
            if (!(entry instanceof LessonEntry.Loaded loaded)) {
                continue;
            }
            Lesson lesson = loaded.lesson();
            List<CheckItem> items = lesson.checkItems();
            for (Answer answer : progress.answers(lesson.id())) {
                String prompt = answer.item() < items.size() ? items.get(answer.item()).prompt() : "";
                row(csv, lesson, String.valueOf(answer.item() + 1), prompt, answer.given(),
                        String.valueOf(answer.correct()), answer.at().toString());
            }
            for (RoundResult round : progress.rounds()) {
                if (round.lessonId().equals(lesson.id())) {
                    row(csv, lesson, "round", Messages.get("report.round", round.correct(), round.total(),
                                    round.discriminatorCorrect(), round.total()),
                            String.valueOf(round.correct()), String.valueOf(round.correct() >= round.discriminatorCorrect()),
                            round.at().toString());
                }
            }
        }
        return csv.toString();
    }

    private void row(StringBuilder csv, Lesson lesson, String item, String question, String given,
                     String correct, String at) {
        csv.append(String.join(",", quote(progress.studentName()), quote(lesson.id()), quote(lesson.title()), lesson.kind().fileName(), item,
                quote(question), quote(given), correct, at)).append('\n');
    }

    static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "–" : Messages.get("report.percent", Math.round(100.0 * part / whole));
    }
}
