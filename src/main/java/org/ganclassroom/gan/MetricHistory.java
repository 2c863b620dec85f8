package org.ganclassroom.gan;

import java.util.ArrayList;
import java.util.List;

/**
 * Every step's numbers for the charts, in bounded memory: when {@code capacity} points are stored,
 * neighbouring pairs are averaged into one and from then on each stored point stands for twice as many
 * steps. An hour of training therefore stays a few thousand points, and the curves keep their shape.
 * Thread-safe: the training thread appends, the UI reads copies.
 */
public final class MetricHistory {

    /** One chart point: the mean of {@code steps} consecutive steps ending at {@code step}. */
    public record Point(long step, double discriminatorLoss, double generatorLoss, double meanRealScore,
                        double meanFakeScore) {
    }

    /**
     * The judge's verdict on one grid of the run: the share of its fakes it recognised as a digit (or a kind
     * of clothes), and, when it was measured then, the Fréchet distance between the generator's fakes and real
     * test images in the judge's features (NaN otherwise; see judge/FrechetDistance). The loss curves do not
     * show whether the pictures got better; these lines do.
     */
    public record Judged(long step, double recognised, double frechet) {
        public Judged {
            if (step < 0 || !(recognised >= 0 && recognised <= 1) || frechet < 0) {
                throw new IllegalArgumentException("a judgement at step " + step + " of " + recognised + ", " + frechet);
            }
        }

        public Judged(long step, double recognised) {
            this(step, recognised, Double.NaN);
        }

        public boolean hasFrechet() {
            return !Double.isNaN(frechet);
        }
    }

    /** Judgements kept: the judge looks every few seconds, so 400 cover 20 minutes before every other goes. */
    public static final int MAX_JUDGED = 400;

    private final int capacity;
    private final List<Point> points = new ArrayList<>();
    private final List<Judged> judged = new ArrayList<>();
    private int stepsPerPoint = 1;
    private Accumulator pending = new Accumulator();
    private long version;

    public MetricHistory(int capacity) {
        if (capacity < 4 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be an even number of at least 4");
        }
        this.capacity = capacity;
    }

    public synchronized void add(StepResult result) {
        pending.add(result);
        if (pending.count == stepsPerPoint) {
            points.add(pending.toPoint());
            pending = new Accumulator();
            if (points.size() == capacity) {
                halve();
            }
        }
        version++;
    }

    /** The judge's verdict on the grid of {@code step}; one for an earlier step than the newest is ignored. */
    public synchronized void addJudged(long step, double recognised) {
        addJudged(step, recognised, Double.NaN);
    }

    /** A verdict with the Fréchet distance measured at the same step (NaN: not measured this time). */
    public synchronized void addJudged(long step, double recognised, double frechet) {
        Judged mark = new Judged(step, recognised, frechet);
        if (!judged.isEmpty() && judged.get(judged.size() - 1).step() >= step) {
            return;
        }
        judged.add(mark);
        if (judged.size() > MAX_JUDGED) { // every other one goes; the first and the newest stay
            List<Judged> kept = new ArrayList<>(MAX_JUDGED / 2 + 1);
            for (int i = 0; i < judged.size() - 1; i += 2) {
                kept.add(judged.get(i));
            }
            kept.add(mark);
            judged.clear();
            judged.addAll(kept);
        }
        version++;
    }

    /** The judgements of the run, oldest first. */
    public synchronized List<Judged> judged() {
        return List.copyOf(judged);
    }

    public synchronized void clear() {
        judged.clear();
        points.clear();
        pending = new Accumulator();
        stepsPerPoint = 1;
        version++;
    }

    /**
     * Starts again from a saved run's points (a loaded checkpoint), each standing for {@code stepsPerPoint}
     * steps, and its judgements.
     */
    public synchronized void restore(List<Point> saved, int savedStepsPerPoint, List<Judged> savedJudged) {
        judged.clear();
        for (Judged j : savedJudged.subList(Math.max(0, savedJudged.size() - MAX_JUDGED), savedJudged.size())) {
            if (judged.isEmpty() || judged.get(judged.size() - 1).step() < j.step()) {
                judged.add(j);
            }
        }
        points.clear();
        points.addAll(saved);
        pending = new Accumulator();
        stepsPerPoint = Math.max(1, savedStepsPerPoint);
        while (points.size() >= capacity) {
            if (points.size() % 2 != 0) {
                points.remove(0);
            }
            halve();
        }
        version++;
    }

    /** The stored points plus the partial one in progress, oldest first. */
    public synchronized List<Point> points() {
        List<Point> copy = new ArrayList<>(points);
        if (pending.count > 0) {
            copy.add(pending.toPoint());
        }
        return copy;
    }

    /** Changes whenever a point is added or the history is cleared: readers redraw only on change. */
    public synchronized long version() {
        return version;
    }

    public synchronized int stepsPerPoint() {
        return stepsPerPoint;
    }

    private void halve() {
        List<Point> merged = new ArrayList<>(capacity / 2);
        for (int i = 0; i < points.size(); i += 2) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            merged.add(new Point(b.step(), mean(a.discriminatorLoss(), b.discriminatorLoss()),
                    mean(a.generatorLoss(), b.generatorLoss()), mean(a.meanRealScore(), b.meanRealScore()),
                    mean(a.meanFakeScore(), b.meanFakeScore())));
        }
        points.clear();
        points.addAll(merged);
        stepsPerPoint *= 2;
    }

    /** Mean of the values that exist: a D-only or G-only step leaves the other network's numbers NaN. */
    private static double mean(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : (a + b) / 2;
    }

    private static final class Accumulator {
        int count;
        long step;
        final double[] sums = new double[4];
        final int[] counts = new int[4];

        void add(StepResult r) {
            count++;
            step = r.step();
            add(0, r.discriminatorLoss());
            add(1, r.generatorLoss());
            add(2, r.meanRealScore());
            add(3, r.meanFakeScore());
        }

        private void add(int i, double value) {
            if (!Double.isNaN(value)) {
                sums[i] += value;
                counts[i]++;
            }
        }

        private double value(int i) {
            return counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
        }

        Point toPoint() {
            return new Point(step, value(0), value(1), value(2), value(3));
        }
    }
}
