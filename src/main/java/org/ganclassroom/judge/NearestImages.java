package org.ganclassroom.judge;

import org.ganclassroom.data.ImageSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The copy check: for each picture, the training image closest to it, pixel by pixel. A generator that
 * memorised its data draws fakes that sit on top of training images; a real digit the GAN never saw (the
 * test set) shows how close a fresh drawing usually comes, the yardstick a fake's distance is read against.
 * Distances are the root-mean-square pixel difference on the -1..1 scale (0: the same image; about 0.9 for
 * two unrelated digits).
 */
public final class NearestImages {

    /** For one picture: its nearest training images, closest first, and their distances. */
    public record Match(int[] trainingIndices, double[] distances) {
        public double nearest() {
            return distances[0];
        }
    }

    /** Training images compared in one matrix product: 10,000 x 784 floats, 31 MB. */
    private static final int CHUNK = 10_000;
    private final ImageSet training;
    private final int size;

    public NearestImages(ImageSet training) {
        this.training = training;
        this.size = training.pixelsPerImage();
    }

    /**
     * The {@code k} nearest training images of each of {@code count} pictures (values -1..1, image after image).
     * Squared distances come from |a|² + |b|² - 2 a·b, the dot products from one matrix product per chunk of
     * the training set (BLAS through ND4J: 256 fakes against 60,000 digits in well under a second).
     */
    public Match[] find(float[] pictures, int count, int k) {
        if (k < 1 || k > training.count()) {
            throw new IllegalArgumentException("k must be between 1 and " + training.count());
        }
        INDArray queries = Nd4j.create(pictures, new long[] {count, size}, 'c');
        float[] queryNorms = queries.mul(queries).sum(1).toFloatVector();
        int[][] bestIndex = new int[count][k];
        double[][] bestSquared = new double[count][k];
        for (double[] row : bestSquared) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        for (int start = 0; start < training.count(); start += CHUNK) {
            int n = Math.min(CHUNK, training.count() - start);
            int[] indices = java.util.stream.IntStream.range(start, start + n).toArray();
            float[] pixels = new float[n * size];
            training.fillBatch(indices, pixels);
            INDArray chunk = Nd4j.create(pixels, new long[] {n, size}, 'c');
            float[] chunkNorms = chunk.mul(chunk).sum(1).toFloatVector();
            float[] dots = queries.mmul(chunk.transpose()).dup('c').data().asFloat(); // count x n, row after row
            for (int q = 0; q < count; q++) {
                for (int t = 0; t < n; t++) {
                    double squared = Math.max(0, queryNorms[q] + chunkNorms[t] - 2.0 * dots[q * n + t]);
                    insert(bestIndex[q], bestSquared[q], start + t, squared);
                }
            }
        }
        Match[] matches = new Match[count];
        for (int q = 0; q < count; q++) {
            double[] distances = new double[k];
            for (int j = 0; j < k; j++) {
                distances[j] = Math.sqrt(bestSquared[q][j] / size);
            }
            matches[q] = new Match(bestIndex[q], distances);
        }
        return matches;
    }

    /** Keeps the k smallest, sorted, in place. */
    private static void insert(int[] indices, double[] squared, int index, double value) {
        int k = squared.length;
        if (value >= squared[k - 1]) {
            return;
        }
        int at = k - 1;
        while (at > 0 && squared[at - 1] > value) {
            squared[at] = squared[at - 1];
            indices[at] = indices[at - 1];
            at--;
        }
        squared[at] = value;
        indices[at] = index;
    }

    /** The middle of the pictures' nearest distances: how close they typically come to a training image. */
    public static double medianNearest(Match[] matches) {
        double[] nearest = java.util.Arrays.stream(matches).mapToDouble(Match::nearest).sorted().toArray();
        int n = nearest.length;
        return n % 2 == 1 ? nearest[n / 2] : (nearest[n / 2 - 1] + nearest[n / 2]) / 2;
    }
}
