package org.ganclassroom.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ganclassroom.data.ImageSet;

/**
 * One round of the Fake-or-Real quiz: real test images and forgeries in a random but reproducible order
 * (the lesson's seed), each with the discriminator's verdict, so the student can be compared with it.
 * In pair mode, each question shows one real and one fake image side by side.
 */
public final class FakeOrRealRound {

    private static final int PIXELS = 28 * 28;

    /** One image: its pixels (-1..1), whether it is real, and D's P(real) for it. */
    public record Item(float[] pixels, boolean real, double discriminatorScore) {
        public boolean discriminatorSaysReal() {
            return discriminatorScore > 0.5;
        }
    }

    /** One question: a single image, or in pair mode a left and a right image of which exactly one is real. */
    public record Question(Item first, Item second) {
        public boolean isPair() {
            return second != null;
        }

        /** Pair mode: whether the real image is the left one. */
        public boolean realIsFirst() {
            return first.real();
        }

        /** Pair mode: D picks the image it rates more likely real (the right one on a tie). */
        public boolean discriminatorPicksFirst() {
            return first.discriminatorScore() > second.discriminatorScore();
        }

        /** Whether the discriminator got this question right, as the round's score counts it. */
        public boolean discriminatorRight() {
            return isPair() ? discriminatorPicksFirst() == realIsFirst() : first.discriminatorSaysReal() == first.real();
        }
    }

    private final List<Question> questions;
    private final String forgerDescription;

    private final boolean liveForger;
    private final List<Long> forgerSteps;

    private FakeOrRealRound(List<Question> questions, String forgerDescription, boolean liveForger,
                            List<Long> forgerSteps) {
        this.liveForger = liveForger;
        this.forgerSteps = List.copyOf(forgerSteps);
        this.questions = List.copyOf(questions);
        this.forgerDescription = forgerDescription;
    }

    /** Blocks while the forgers run; call off the UI thread. */
    public static FakeOrRealRound build(int count, boolean pairs, long seed, ImageSet realImages, Forgers forgers) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] realFirst = new boolean[count];
        int fakes = 0;
        int reals = 0;
        for (int i = 0; i < count; i++) {
            realFirst[i] = random.nextBoolean();
        }
        if (!pairs && count > 1) {
            // A round of only real or only fake images would teach nothing: keep at least one of each.
            int reals0 = countTrue(realFirst);
            if (reals0 == 0 || reals0 == count) {
                realFirst[random.nextInt(count)] = reals0 == 0;
            }
        }
        for (int i = 0; i < count; i++) {
            if (pairs) {
                reals++;
                fakes++;
            } else if (realFirst[i]) {
                reals++;
            } else {
                fakes++;
            }
        }
        float[] real = new float[reals * PIXELS];
        int[] indices = new int[reals];
        for (int i = 0; i < reals; i++) {
            indices[i] = random.nextInt(realImages.count());
        }
        realImages.fillBatch(indices, real);
        float[] fake = forgers.forge(fakes, random.nextLong());
        double[] realVerdicts = forgers.judge(real, reals);
        double[] fakeVerdicts = forgers.judge(fake, fakes);

        List<Question> questions = new ArrayList<>();
        int r = 0;
        int f = 0;
        for (int i = 0; i < count; i++) {
            if (pairs) {
                Item realItem = new Item(slice(real, r), true, realVerdicts[r++]);
                Item fakeItem = new Item(slice(fake, f), false, fakeVerdicts[f++]);
                questions.add(realFirst[i] ? new Question(realItem, fakeItem) : new Question(fakeItem, realItem));
            } else if (realFirst[i]) {
                questions.add(new Question(new Item(slice(real, r), true, realVerdicts[r++]), null));
            } else {
                questions.add(new Question(new Item(slice(fake, f), false, fakeVerdicts[f++]), null));
            }
        }
        return new FakeOrRealRound(questions, forgers.description(), forgers.live(), forgers.steps());
    }

    public List<Question> questions() {
        return questions;
    }

    public String forgerDescription() {
        return forgerDescription;
    }

    /** True when the class's own training generator made the fakes, false for shipped generators. */
    public boolean liveForger() {
        return liveForger;
    }

    /** The training step of each generator that made fakes. */
    public List<Long> forgerSteps() {
        return forgerSteps;
    }

    /** Whether an answer is right: single mode, "is it real?"; pair mode, "is the left one real?". */
    public boolean isRight(int question, boolean answer) {
        Question q = questions.get(question);
        return q.isPair() ? answer == q.realIsFirst() : answer == q.first().real();
    }

    /** How many questions the discriminator gets right (in pair mode: picks the image it scores higher). */
    public int discriminatorCorrect() {
        int right = 0;
        for (Question q : questions) {
            right += q.discriminatorRight() ? 1 : 0;
        }
        return right;
    }

    private static float[] slice(float[] images, int index) {
        float[] one = new float[PIXELS];
        System.arraycopy(images, index * PIXELS, one, 0, PIXELS);
        return one;
    }

    private static int countTrue(boolean[] values) {
        int n = 0;
        for (boolean v : values) {
            n += v ? 1 : 0;
        }
        return n;
    }
}
