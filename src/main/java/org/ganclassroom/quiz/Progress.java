package org.ganclassroom.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A student's progress through the course: lessons opened, the latest answer to every check item, and
 * every Fake-or-Real round. Not thread-safe; the UI uses it on the FX thread and {@link ProgressStore}
 * saves a copy.
 */
public final class Progress {

    private final Set<String> opened = new LinkedHashSet<>();
    private final Map<String, Map<Integer, Answer>> answers = new LinkedHashMap<>();
    private final List<RoundResult> rounds = new ArrayList<>();
    private String studentName = "";
    /** This student's number for the order of multiple-choice answers (ChoiceOrder); drawn once, then saved. */
    private long choiceOrder = new java.security.SecureRandom().nextLong();

    public long choiceOrder() {
        return choiceOrder;
    }

    public void setChoiceOrder(long order) {
        choiceOrder = order;
    }

    /** The name the student typed in My results, so an exported summary says whose it is; may be empty. */
    public String studentName() {
        return studentName;
    }

    public void setStudentName(String name) {
        String cleaned = name == null ? "" : name.strip().replaceAll("\\p{Cntrl}", "");
        studentName = cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }

    public void markOpened(String lessonId) {
        opened.add(lessonId);
    }

    public Set<String> opened() {
        return Set.copyOf(opened);
    }

    /** Records an answer; a second answer to the same item replaces the first. */
    public void record(Answer answer) {
        answers.computeIfAbsent(answer.lessonId(), id -> new LinkedHashMap<>()).put(answer.item(), answer);
    }

    public void record(RoundResult round) {
        rounds.add(round);
    }

    public Optional<Answer> answer(String lessonId, int item) {
        return Optional.ofNullable(answers.getOrDefault(lessonId, Map.of()).get(item));
    }

    public List<Answer> answers(String lessonId) {
        return List.copyOf(answers.getOrDefault(lessonId, Map.of()).values());
    }

    public List<Answer> allAnswers() {
        return answers.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    public List<RoundResult> rounds() {
        return List.copyOf(rounds);
    }

    public Optional<RoundResult> bestRound(String lessonId) {
        return rounds.stream().filter(r -> r.lessonId().equals(lessonId))
                .max(java.util.Comparator.comparingDouble(r -> r.correct() / (double) r.total()));
    }

    /** Correct answers out of items answered in one lesson. */
    public Score score(String lessonId) {
        List<Answer> given = answers(lessonId);
        return new Score((int) given.stream().filter(Answer::correct).count(), given.size());
    }

    /**
     * A lesson file was renamed ({@code formerly:} in the lesson): what was recorded under its old id
     * becomes the new id's, so a student's ticks and answers survive a course's reordering. Does nothing
     * once the new id has answers of its own (moved already, or answered since). Returns whether anything moved.
     */
    public boolean renameLesson(String formerId, String lessonId) {
        boolean hadAny = opened.contains(formerId) || answers.containsKey(formerId)
                || rounds.stream().anyMatch(r -> r.lessonId().equals(formerId));
        if (!hadAny || formerId.equals(lessonId) || answers.containsKey(lessonId)) {
            return false;
        }
        if (opened.remove(formerId)) {
            opened.add(lessonId);
        }
        Map<Integer, Answer> former = answers.remove(formerId);
        if (former != null) {
            Map<Integer, Answer> moved = new LinkedHashMap<>();
            former.forEach((item, a) -> moved.put(item, new Answer(lessonId, a.item(), a.given(), a.correct(), a.at())));
            answers.put(lessonId, moved);
        }
        rounds.replaceAll(r -> r.lessonId().equals(formerId)
                ? new RoundResult(lessonId, r.correct(), r.total(), r.discriminatorCorrect(), r.at()) : r);
        return true;
    }

    public void clear() {
        opened.clear();
        answers.clear();
        rounds.clear();
    }

    public record Score(int correct, int answered) {
        public boolean isEmpty() {
            return answered == 0;
        }

        @Override
        public String toString() {
            return correct + "/" + answered;
        }
    }
}
