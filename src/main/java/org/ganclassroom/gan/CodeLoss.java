package org.ganclassroom.gan;

import org.ganclassroom.nn.Tensor;

/**
 * InfoGAN's code term (Chen et al. 2016, discrete code). D's output rows hold the realness logit, then one
 * logit per code value: D's guess of which value made a fake. Both D and G minimise weight × the
 * cross-entropy of that guess over the fakes, so D learns to read the code and G learns to draw each value
 * distinctly. No labels are involved: which digit a value comes to mean is G's own choice.
 */
public final class CodeLoss {

    private CodeLoss() {
    }

    /** Column {@code col} of a row-major {@code rows x width} matrix. */
    public static Tensor column(Tensor matrix, int rows, int width, int col) {
        if (width == 1) {
            return matrix;
        }
        Tensor column = new Tensor(rows);
        for (int r = 0; r < rows; r++) {
            column.set(r, matrix.get(r * width + col));
        }
        return column;
    }

    /**
     * The gradient at D's output rows: {@code realnessGradient} in column 0 and, for the rows from
     * {@code firstFake} on (fakes whose code is {@code codes[row - firstFake]}), d (weight × mean
     * cross-entropy of softmax(code logits)) in the others. With width 1 (no code) it is the realness
     * gradient itself.
     */
    public static Tensor withCodeGradient(Tensor realnessGradient, Tensor outputs, int rows, int width,
            int firstFake, int[] codes, double weight) {
        if (width == 1) {
            return realnessGradient;
        }
        int values = width - 1;
        int fakes = rows - firstFake;
        Tensor gradient = new Tensor(rows * width);
        double[] p = new double[values];
        for (int r = 0; r < rows; r++) {
            gradient.set(r * width, realnessGradient.get(r));
            if (r < firstFake) {
                continue; // real images have no code: only their realness is judged
            }
            softmax(outputs, r * width + 1, p);
            int code = codes[r - firstFake];
            for (int j = 0; j < values; j++) {
                double g = p[j] - (j == code ? 1 : 0);
                gradient.set(r * width + 1 + j, (float) (weight * g / fakes));
            }
        }
        return gradient;
    }

    /**
     * Adds, in the code columns of the first {@code reals} rows (real images), the gradient of weight ×
     * (mean over rows of H(p_i) − H(mean of p_i)), p_i = softmax of row i's code logits: D's guesser is
     * pushed to put each real image confidently in one value (low H(p_i)) while using all values equally
     * across the batch (high entropy of the mean). That makes the code values a balanced clustering of the
     * real data (CatGAN, Springenberg 2016), so the fakes of each value must look like one cluster of reals
     * and no two values can settle on the same kind of image. Still no labels involved.
     */
    public static void addRealClusterGradient(Tensor gradient, Tensor outputs, int reals, int width, double weight) {
        int values = width - 1;
        if (values < 2 || weight == 0 || reals == 0) {
            return;
        }
        double[][] p = new double[reals][values];
        double[] mean = new double[values];
        for (int r = 0; r < reals; r++) {
            softmax(outputs, r * width + 1, p[r]);
            for (int j = 0; j < values; j++) {
                mean[j] += p[r][j] / reals;
            }
        }
        double[] logMean = new double[values];
        for (int j = 0; j < values; j++) {
            logMean[j] = Math.log(Math.max(mean[j], 1e-12));
        }
        for (int r = 0; r < reals; r++) {
            double entropy = 0;
            double crossLogMean = 0;
            for (int j = 0; j < values; j++) {
                entropy -= p[r][j] * Math.log(Math.max(p[r][j], 1e-12));
                crossLogMean += p[r][j] * logMean[j];
            }
            for (int j = 0; j < values; j++) {
                double pj = p[r][j];
                // d H(p_r) / d logit_j = -p_j (log p_j + H);  d H(mean) / d logit_j = -p_j (log m_j - Σ p log m) / n
                double conditional = -pj * (Math.log(Math.max(pj, 1e-12)) + entropy);
                double marginal = -pj * (logMean[j] - crossLogMean);
                int i = r * width + 1 + j;
                gradient.set(i, gradient.get(i) + (float) (weight * (conditional - marginal) / reals));
            }
        }
    }

    private static void softmax(Tensor outputs, int from, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < p.length; j++) {
            max = Math.max(max, outputs.get(from + j));
        }
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.exp(outputs.get(from + j) - max);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
    }
}
