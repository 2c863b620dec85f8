package org.ganclassroom.judge;

import java.util.Locale;

/**
 * What the judge makes of a batch of fakes: the share it recognises (top class probability at least
 * {@link #CONFIDENT}), how the recognised ones spread over the classes, how many classes make up at least
 * {@link #CLASS_SHARE} of them, and the entropy of that spread in bits (log2(10) = 3.32 when every class is
 * equally common; near 0 when the generator has collapsed onto one digit).
 */
public record JudgeReport(int count, int recognised, int[] histogram, int classes, double entropyBits) {

    public static final double CONFIDENT = 0.9;
    public static final double CLASS_SHARE = 0.02;

    public static JudgeReport of(double[][] probabilities) {
        int[] histogram = new int[10];
        int recognised = 0;
        for (double[] row : probabilities) {
            int best = 0;
            for (int c = 1; c < row.length; c++) {
                best = row[c] > row[best] ? c : best;
            }
            if (row[best] >= CONFIDENT) {
                recognised++;
                histogram[best]++;
            }
        }
        int classes = 0;
        double entropy = 0;
        for (int n : histogram) {
            if (recognised > 0 && n >= CLASS_SHARE * recognised) {
                classes++;
            }
            if (n > 0) {
                double p = n / (double) recognised;
                entropy -= p * Math.log(p) / Math.log(2);
            }
        }
        return new JudgeReport(probabilities.length, recognised, histogram, classes, entropy);
    }

    public double recognisable() {
        return count == 0 ? 0 : recognised / (double) count;
    }

    /** {@code recognizable=0.83 classes=10 entropy_bits=3.20}, as the evaluate command prints it. */
    public String line() {
        return String.format(Locale.ROOT, "recognizable=%.2f classes=%d entropy_bits=%.2f", recognisable(), classes,
                entropyBits);
    }
}
