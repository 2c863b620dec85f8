package org.ganclassroom.classmode;

import java.util.List;
import org.ganclassroom.lesson.CheckItem;

/**
 * A question sent to the whole room: a course check (true/false or multiple choice), or a Fake-or-Real
 * picture; its choices, which one is right, and the explanation shown at the reveal.
 *
 * @param source      where it comes from, e.g. "11-loss-walkthrough #2", for the results
 * @param picture     a PNG every phone shows with the question (Fake or Real: one image, or a pair side by
 *                    side), or null
 * @param discriminatorScores the discriminator's P(real) for each image of the picture, left to right, shown
 *                    beside the room's answers at the reveal; empty without a picture
 */
public record RoomCheck(String source, String prompt, List<String> choices, int correctIndex, String explanation,
                        byte[] picture, List<Double> discriminatorScores) {

    public RoomCheck {
        choices = List.copyOf(choices);
        discriminatorScores = List.copyOf(discriminatorScores);
        if (choices.size() < 2 || correctIndex < 0 || correctIndex >= choices.size()) {
            throw new IllegalArgumentException("a room check has at least two choices and one right answer");
        }
        if ((picture == null) != discriminatorScores.isEmpty() || discriminatorScores.size() > 2) {
            throw new IllegalArgumentException("a picture check has one or two discriminator scores, a word check none");
        }
        picture = picture == null ? null : picture.clone();
    }

    /** Its fields by name, as the store's snapshot and its journal write them (the picture in Base64). */
    java.util.Map<String, Object> fields() {
        java.util.Map<String, Object> c = new java.util.LinkedHashMap<>();
        c.put("source", source);
        c.put("prompt", prompt);
        c.put("choices", choices);
        c.put("correct", correctIndex);
        c.put("explanation", explanation);
        if (picture != null) {
            c.put("picture", java.util.Base64.getEncoder().encodeToString(picture));
            c.put("discriminatorScores", discriminatorScores);
        }
        return c;
    }

    /**
     * A check read back from {@link #fields} (YAML gives whole numbers, JSON doubles); a field of the wrong
     * kind or missing is a RuntimeException, which the store reports as a damaged file.
     */
    @SuppressWarnings("unchecked")
    static RoomCheck fromFields(java.util.Map<String, ?> c) {
        String picture = (String) c.get("picture");
        java.util.List<Double> scores = java.util.List.of();
        if (picture != null) {
            Object one = c.get("discriminatorScore"); // a session saved before pairs existed had one score
            scores = one != null ? java.util.List.of(((Number) one).doubleValue())
                    : ((java.util.List<Number>) c.get("discriminatorScores")).stream().map(Number::doubleValue).toList();
        }
        return new RoomCheck((String) c.get("source"), (String) c.get("prompt"), (java.util.List<String>) c.get("choices"),
                ((Number) c.get("correct")).intValue(), (String) c.get("explanation"),
                picture == null ? null : java.util.Base64.getDecoder().decode(picture), scores);
    }

    /** A question in words only. */
    public RoomCheck(String source, String prompt, List<String> choices, int correctIndex, String explanation) {
        this(source, prompt, choices, correctIndex, explanation, null, List.of());
    }

    /** Two pictures side by side, "which one is real?": the choices are left and right. */
    public boolean isPair() {
        return discriminatorScores.size() == 2;
    }

    /** The choice the discriminator makes: the pair's image it finds more real, or Fake/Real by 0.5 for one. */
    public int discriminatorChoice() {
        if (isPair()) {
            return discriminatorScores.get(0) >= discriminatorScores.get(1) ? 0 : 1;
        }
        // a single picture's choices are (fake, real), in that order: see FakeOrRealChecks
        return discriminatorScores.get(0) >= 0.5 ? 1 : 0;
    }

    @Override
    public byte[] picture() {
        return picture == null ? null : picture.clone();
    }

    public boolean hasPicture() {
        return picture != null;
    }

    /** A lesson's check as a room check; true/false become the choices "True" and "False". */
    public static RoomCheck of(String source, CheckItem item, String trueWord, String falseWord) {
        if (item instanceof CheckItem.TrueFalse tf) {
            return new RoomCheck(source, tf.statement(), List.of(trueWord, falseWord), tf.answer() ? 0 : 1,
                    tf.explanation());
        }
        CheckItem.MultipleChoice mc = (CheckItem.MultipleChoice) item;
        return new RoomCheck(source, mc.question(), mc.choices(), mc.correctIndex(), mc.explanation());
    }
}
