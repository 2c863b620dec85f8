package org.ganclassroom.judge;

import java.util.Arrays;
import org.ganclassroom.data.ImageSet;

/**
 * The copy check of the lesson "Is it a copy?": a handful of fakes, each with its nearest training images,
 * read against a yardstick, how near {@value #YARDSTICK} real test images (which no generator saw) come to
 * theirs. A fake nearer than almost every real digit comes deserves a look: is it the same drawing?
 */
public final class CopyCheck {

    public static final int YARDSTICK = 256;
    public static final int NEIGHBOURS = 4;

    /** The fakes and, for each, its {@value #NEIGHBOURS} nearest training images. */
    public record Inspection(float[] fakes, NearestImages.Match[] matches) {
        public int count() {
            return matches.length;
        }
    }

    private final ImageSet training;
    private final NearestImages nearest;
    /** The real test images' nearest distances, sorted. */
    private final double[] yardstick;

    private CopyCheck(ImageSet training, double[] yardstick) {
        this.training = training;
        this.nearest = new NearestImages(training);
        this.yardstick = yardstick;
    }

    /** Measures the yardstick: ~0.5 s for 256 test digits against 60,000 training digits (call off the UI thread). */
    public static CopyCheck of(ImageSet training, ImageSet test) {
        int n = Math.min(YARDSTICK, test.count());
        float[] reals = new float[n * test.pixelsPerImage()];
        test.fillBatch(java.util.stream.IntStream.range(0, n).toArray(), reals);
        NearestImages.Match[] matches = new NearestImages(training).find(reals, n, 1);
        double[] distances = Arrays.stream(matches).mapToDouble(NearestImages.Match::nearest).sorted().toArray();
        return new CopyCheck(training, distances);
    }

    /** Each fake's nearest training images (values -1..1, image after image). */
    public Inspection inspect(float[] fakes, int count) {
        return new Inspection(fakes, nearest.find(fakes, count, NEIGHBOURS));
    }

    /**
     * The share of real test images, in percent, that come no nearer than {@code distance} to their nearest
     * training image: 93 means the fake is nearer to a training image than 93% of real digits come.
     */
    public int percentOfRealsFartherThan(double distance) {
        int farther = 0;
        for (double d : yardstick) {
            farther += d > distance ? 1 : 0;
        }
        return (int) Math.round(100.0 * farther / yardstick.length);
    }

    /** How near a real test image typically comes to a training image (the median). */
    public double yardstickMedian() {
        int n = yardstick.length;
        return n % 2 == 1 ? yardstick[n / 2] : (yardstick[n / 2 - 1] + yardstick[n / 2]) / 2;
    }

    public int realsMeasured() {
        return yardstick.length;
    }

    /** Training image {@code index}, values -1..1, to show beside a fake. */
    public float[] trainingImage(int index) {
        float[] pixels = new float[training.pixelsPerImage()];
        training.fillBatch(new int[] {index}, pixels);
        return pixels;
    }
}
