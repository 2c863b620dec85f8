package org.ganclassroom.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Batch normalisation over the rows of a [rows, features] view, as PyTorch's BatchNorm1d (one row per
 * example) and BatchNorm2d (NHWC: one row per pixel, features = channels) alike. Momentum 0.1 and
 * eps 1e-5 as PyTorch; the running variance is the unbiased one, as PyTorch keeps it.
 */
public final class BatchNorm implements Layer, FusesActivation {

    private static final float EPS = 1e-5f;
    private static final float MOMENTUM = 0.1f;

    private final int features;
    private final int rowsPerExample;
    private final Param gamma;
    private final Param beta;
    private final Param runningMean;
    private final Param runningVariance;
    private Tensor normalised;
    private Tensor output;
    private Tensor inputGradient;
    private float[] inverseStd;
    private int rows;
    private Activation then;

    /** @param rowsPerExample 1 after a dense layer; height*width after a convolution */
    public BatchNorm(String name, int features, int rowsPerExample) {
        this.features = features;
        this.rowsPerExample = rowsPerExample;
        this.gamma = Param.trainable(name + ".gamma", features);
        this.beta = Param.trainable(name + ".beta", features);
        this.runningMean = Param.state(name + ".runningMean", features);
        this.runningVariance = Param.state(name + ".runningVariance", features);
        initialise(null);
    }

    @Override
    public void applyAfter(Activation activation) {
        then = activation;
    }

    @Override
    public int inputSize() {
        return features * rowsPerExample;
    }

    @Override
    public int outputSize() {
        return inputSize();
    }

    @Override
    public Tensor forward(Tensor x, int batch, boolean training) {
        long started = Sections.start();
        rows = batch * rowsPerExample;
        output = Layer.atLeast(output, rows * features);
        float[] mean = new float[features];
        float[] invStd = new float[features];
        if (training) {
            double[] sum = new double[features];
            double[] sumSquares = new double[features];
            Rows.columnSums(x, null, rows, features, sum, sumSquares);
            for (int f = 0; f < features; f++) {
                double m = sum[f] / rows;
                double variance = Math.max(0, sumSquares[f] / rows - m * m);
                mean[f] = (float) m;
                invStd[f] = (float) (1 / Math.sqrt(variance + EPS));
                double unbiased = rows > 1 ? variance * rows / (rows - 1) : variance;
                runningMean.value().set(f, (1 - MOMENTUM) * runningMean.value().get(f) + MOMENTUM * (float) m);
                runningVariance.value().set(f,
                        (1 - MOMENTUM) * runningVariance.value().get(f) + MOMENTUM * (float) unbiased);
            }
            normalised = Layer.atLeast(normalised, rows * features);
        } else {
            for (int f = 0; f < features; f++) {
                mean[f] = runningMean.value().get(f);
                invStd[f] = (float) (1 / Math.sqrt(runningVariance.value().get(f) + EPS));
            }
        }
        inverseStd = invStd;
        Tensor xhatOut = training ? normalised : null;
        Tensor y = output;
        float[] meanAlong = Rows.repeated(mean);
        float[] invStdAlong = Rows.repeated(invStd);
        float[] gammaAlong = Rows.repeated(gamma.value().toArray());
        float[] betaAlong = Rows.repeated(beta.value().toArray());
        Chunks.blocks(rows * features, (start, n, v, first, second, unused) -> {
            x.get(start, v, 0, n);
            int o = start % features; // one long loop per block over aligned copies (see Rows)
            Rows.slice(meanAlong, o, n, first);
            Rows.slice(invStdAlong, o, n, second);
            for (int i = 0; i < n; i++) {
                v[i] = (v[i] - first[i]) * second[i];
            }
            if (xhatOut != null) {
                xhatOut.put(start, v, 0, n);
            }
            Rows.slice(gammaAlong, o, n, first);
            Rows.slice(betaAlong, o, n, second);
            for (int i = 0; i < n; i++) {
                v[i] = first[i] * v[i] + second[i];
            }
            if (then != null) {
                then.apply(v, n);
            }
            y.put(start, v, 0, n);
        });
        Sections.end("BatchNorm forward", started);
        return output;
    }

    @Override
    public Tensor backward(Tensor dy, boolean paramGradients, boolean wantInputGradient) {
        long started = Sections.start();
        double[] sumDy = new double[features];
        double[] sumDyXhat = new double[features];
        Rows.columnSums(dy, normalised, rows, features, sumDy, sumDyXhat);
        if (paramGradients) {
            for (int f = 0; f < features; f++) {
                gamma.gradient().set(f, (float) sumDyXhat[f]);
                beta.gradient().set(f, (float) sumDy[f]);
            }
        }
        if (!wantInputGradient) {
            Sections.end("BatchNorm backward", started);
            return null;
        }
        // dx = gamma * invStd / M * (M * dy - sum(dy) - xhat * sum(dy * xhat))
        inputGradient = Layer.atLeast(inputGradient, rows * features);
        float[] scale = new float[features];
        float[] meanDy = new float[features];
        float[] meanDyXhat = new float[features];
        for (int f = 0; f < features; f++) {
            scale[f] = gamma.value().get(f) * inverseStd[f];
            meanDy[f] = (float) (sumDy[f] / rows);
            meanDyXhat[f] = (float) (sumDyXhat[f] / rows);
        }
        Tensor dx = inputGradient;
        Tensor xhats = normalised;
        float[] scaleAlong = Rows.repeated(scale);
        float[] meanDyAlong = Rows.repeated(meanDy);
        float[] meanDyXhatAlong = Rows.repeated(meanDyXhat);
        Chunks.blocks(rows * features, (start, n, g, xhat, shift, slope) -> {
            dy.get(start, g, 0, n);
            xhats.get(start, xhat, 0, n);
            int o = start % features;
            Rows.slice(meanDyAlong, o, n, shift);
            Rows.slice(meanDyXhatAlong, o, n, slope);
            for (int i = 0; i < n; i++) {
                g[i] = g[i] - shift[i] - xhat[i] * slope[i];
            }
            Rows.slice(scaleAlong, o, n, shift);
            for (int i = 0; i < n; i++) {
                g[i] *= shift[i];
            }
            dx.put(start, g, 0, n);
        });
        Sections.end("BatchNorm backward", started);
        return inputGradient;
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta, runningMean, runningVariance);
    }

    @Override
    public void initialise(SplittableRandom random) {
        gamma.value().fill(1f);
        beta.value().fill(0f);
        runningMean.value().fill(0f);
        runningVariance.value().fill(1f);
    }

    @Override
    public String describe() {
        return "BatchNorm " + features + (rowsPerExample == 1 ? " features" : " channels x " + rowsPerExample + " pixels");
    }
}
