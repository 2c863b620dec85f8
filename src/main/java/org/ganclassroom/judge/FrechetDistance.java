package org.ganclassroom.judge;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Fréchet distance between two clouds of feature vectors, each summed up as a Gaussian (its mean and
 * covariance): {@code |m1 - m2|² + Tr(S1 + S2 - 2 (S1 S2)^½)} (Dowson and Landau 1982; used for GANs as the
 * FID by Heusel et al. 2017, arXiv:1706.08500). FID takes the features from an Inception network trained on
 * ImageNet photos; for 28x28 digits and clothes this app takes them from its judge's 500-unit hidden layer,
 * so the number is comparable within this app (same judge, same sample sizes) but not with published FIDs.
 *
 * <p>Both the mean term and the trace term are needed: two clouds with the same centre but one squeezed
 * (a generator drawing only a few kinds of digit) are far apart by the covariance alone.
 */
public final class FrechetDistance {

    /** A cloud of feature vectors as the distance sees it: its mean and its covariance (n - 1 in the divisor). */
    public record Gaussian(double[] mean, double[][] covariance, int samples) {

        /**
         * The real side of every distance the app measures: the first {@link #REAL_IMAGES} test images (or all,
         * if fewer), as the judge's features. The dock and {@code evaluate} fit it alike, so their figures agree.
         */
        public static Gaussian ofRealImages(Judge judge, org.ganclassroom.data.ImageSet test) {
            int n = Math.min(REAL_IMAGES, test.count());
            float[] pixels = new float[n * test.pixelsPerImage()];
            test.fillBatch(java.util.stream.IntStream.range(0, n).toArray(), pixels);
            return fit(judge.features(pixels, n));
        }

        /** Fits one row per sample. At least two samples; fewer samples than features gives a singular covariance, which the distance handles. */
        public static Gaussian fit(double[][] features) {
            int n = features.length;
            if (n < 2) {
                throw new IllegalArgumentException("a Fréchet distance needs at least two samples, not " + n);
            }
            INDArray x = Nd4j.create(features).castTo(DataType.DOUBLE);
            INDArray mean = x.mean(0);
            INDArray centred = x.subRowVector(mean);
            INDArray covariance = centred.transpose().mmul(centred).divi(n - 1);
            return new Gaussian(mean.toDoubleVector(), covariance.toDoubleMatrix(), n);
        }
    }

    /**
     * The sample sizes the app measures with (the dock and {@code evaluate}): the figure depends on them, so
     * only distances measured alike are compared.
     */
    public static final int REAL_IMAGES = 2000;
    public static final int FAKE_IMAGES = 256;

    private FrechetDistance() {
    }

    public static double between(double[][] a, double[][] b) {
        return between(Gaussian.fit(a), Gaussian.fit(b));
    }

    /**
     * The distance between two fitted clouds. {@code Tr((S1 S2)^½)} is computed as the trace of the square root
     * of the symmetric {@code S1^½ S2 S1^½}, which has the same eigenvalues and lets a symmetric eigen
     * solver (LAPACK's, through ND4J) do the work; round-off's tiny negative eigenvalues count as zero.
     */
    public static double between(Gaussian a, Gaussian b) {
        if (a.mean().length != b.mean().length) {
            throw new IllegalArgumentException("features of " + a.mean().length + " and " + b.mean().length
                    + " numbers cannot be compared");
        }
        INDArray m1 = Nd4j.createFromArray(a.mean());
        INDArray m2 = Nd4j.createFromArray(b.mean());
        double meanTerm = m1.sub(m2).norm2Number().doubleValue();
        meanTerm *= meanTerm;
        INDArray s1 = Nd4j.create(a.covariance());
        INDArray s2 = Nd4j.create(b.covariance());
        INDArray root1 = symmetricSqrt(s1);
        INDArray middle = root1.mmul(s2).mmul(root1);
        middle = middle.add(middle.transpose()).divi(2); // symmetric to the last bit, for the solver
        double traceRoot = 0;
        for (double value : eigenvalues(middle)) {
            traceRoot += Math.sqrt(Math.max(0, value));
        }
        double distance = meanTerm + trace(s1) + trace(s2) - 2 * traceRoot;
        return Math.max(0, distance); // a few 1e-12 below zero for two identical clouds
    }

    private static INDArray symmetricSqrt(INDArray symmetric) {
        INDArray vectors = symmetric.dup();
        INDArray values = Eigen.symmetricGeneralizedEigenvalues(vectors, true); // vectors now holds them, in columns
        INDArray roots = Transforms.sqrt(Transforms.max(values, 0.0), false);
        return vectors.mulRowVector(roots).mmul(vectors.transpose());
    }

    private static double[] eigenvalues(INDArray symmetric) {
        return Eigen.symmetricGeneralizedEigenvalues(symmetric.dup(), false).toDoubleVector();
    }

    private static double trace(INDArray square) {
        double sum = 0;
        for (int i = 0; i < square.rows(); i++) {
            sum += square.getDouble(i, i);
        }
        return sum;
    }
}
