package org.ganclassroom.gan;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Points in a generator's input space and the ways the latent-space lab moves between them. A point is
 * G's whole input: the noise z (Gaussian, {@link Preset#latentSize()} numbers) followed, for a preset with
 * a code, by the code as {@link Preset#codeValues()} switches (one on for a drawn point; walks and sums
 * give in-between settings, which G draws as a blend). Headless: the lab's pane and the tests use it alike.
 */
public final class LatentSpace {

    private final int noise;
    private final int codeValues;

    public LatentSpace(Preset preset) {
        this.noise = preset.latentSize();
        this.codeValues = preset.codeValues();
    }

    public int size() {
        return noise + codeValues;
    }

    public int codeValues() {
        return codeValues;
    }

    /** {@code count} random points, each with a random code value (as in training). */
    public List<float[]> random(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<float[]> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] point = new float[size()];
            for (int k = 0; k < noise; k++) {
                point[k] = (float) random.nextGaussian();
            }
            if (codeValues > 0) {
                point[noise + random.nextInt(codeValues)] = 1f;
            }
            points.add(point);
        }
        return points;
    }

    /**
     * {@code steps} points from {@code a} to {@code b}, both ends included exactly (the first is a copy of
     * {@code a}, the last of {@code b}). Linear: a straight line. Spherical (slerp): z moves along the great
     * circle between the two noise vectors, keeping a typical length; a straight line's middle points are
     * shorter than any z the generator saw in training, which tends to fade them (White, "Sampling
     * Generative Networks", 2016). The code part always moves linearly.
     */
    public List<float[]> walk(float[] a, float[] b, int steps, boolean spherical) {
        if (steps < 2) {
            throw new IllegalArgumentException("a walk has at least its two ends");
        }
        List<float[]> points = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double t = i / (double) (steps - 1);
            points.add(i == 0 ? a.clone() : i == steps - 1 ? b.clone() : between(a, b, t, spherical));
        }
        return points;
    }

    /** One point at fraction {@code t} (0 = a, 1 = b) of the way, as {@link #walk} moves. */
    public float[] between(float[] a, float[] b, double t, boolean spherical) {
        check(a);
        check(b);
        float[] point = new float[size()];
        double weightA = 1 - t;
        double weightB = t;
        if (spherical) {
            double dot = 0;
            double lengthA = 0;
            double lengthB = 0;
            for (int k = 0; k < noise; k++) {
                dot += a[k] * (double) b[k];
                lengthA += a[k] * (double) a[k];
                lengthB += b[k] * (double) b[k];
            }
            double cosine = dot / Math.sqrt(lengthA * lengthB);
            double omega = Math.acos(Math.max(-1, Math.min(1, cosine)));
            if (omega > 1e-4 && Math.sin(omega) > 1e-6) { // else nearly parallel: the line is the arc
                weightA = Math.sin((1 - t) * omega) / Math.sin(omega);
                weightB = Math.sin(t * omega) / Math.sin(omega);
            }
        }
        for (int k = 0; k < noise; k++) {
            point[k] = (float) (weightA * a[k] + weightB * b[k]);
        }
        for (int k = noise; k < size(); k++) {
            point[k] = (float) ((1 - t) * a[k] + t * b[k]);
        }
        return point;
    }

    /**
     * mean(A) − mean(B) + mean(C): DCGAN's vector arithmetic (smiling woman − neutral woman + neutral man =
     * smiling man). Averages, not single points: one point carries its own accidents of style, and only
     * what a group has in common survives an average (Radford, Metz and Chintala, 2016).
     */
    public float[] arithmetic(List<float[]> groupA, List<float[]> groupB, List<float[]> groupC) {
        if (groupA.isEmpty() || groupB.isEmpty() || groupC.isEmpty()) {
            throw new IllegalArgumentException("each of the three groups needs at least one picture");
        }
        float[] meanA = mean(groupA);
        float[] meanB = mean(groupB);
        float[] meanC = mean(groupC);
        float[] result = new float[size()];
        for (int k = 0; k < size(); k++) {
            result[k] = meanA[k] - meanB[k] + meanC[k];
        }
        return result;
    }

    /** The same noise under every code value: what the noise decides stays, what the code decides changes. */
    public List<float[]> everyCode(float[] point) {
        check(point);
        List<float[]> points = new ArrayList<>();
        for (int value = 0; value < codeValues; value++) {
            float[] withCode = point.clone();
            java.util.Arrays.fill(withCode, noise, size(), 0f);
            withCode[noise + value] = 1f;
            points.add(withCode);
        }
        return points;
    }

    public float[] mean(List<float[]> points) {
        float[] mean = new float[size()];
        for (float[] point : points) {
            check(point);
            for (int k = 0; k < size(); k++) {
                mean[k] += point[k] / points.size();
            }
        }
        return mean;
    }

    /** All points one after another, as {@link GanModel#drawEach(float[], int)} takes them. */
    public static float[] concat(List<float[]> points) {
        int size = points.isEmpty() ? 0 : points.get(0).length;
        float[] all = new float[points.size() * size];
        for (int i = 0; i < points.size(); i++) {
            System.arraycopy(points.get(i), 0, all, i * size, size);
        }
        return all;
    }

    private void check(float[] point) {
        if (point.length != size()) {
            throw new IllegalArgumentException("a point of this generator has " + size() + " numbers, not " + point.length);
        }
    }
}
