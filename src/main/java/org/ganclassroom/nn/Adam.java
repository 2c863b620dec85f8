package org.ganclassroom.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Adam as PyTorch's torch.optim.Adam (bias-corrected moments, eps added after the square root), over the
 * trainable params of one network. Its moments and step count are state: save them with the weights or
 * a resumed run takes different steps.
 */
public final class Adam {

    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final List<Param> params;
    private final List<Param> moments = new ArrayList<>();
    private final double beta1;
    private double learningRate;
    private long steps;

    public Adam(List<Param> networkParams, double learningRate, double beta1) {
        this.params = networkParams.stream().filter(Param::isTrainable).toList();
        for (Param p : params) {
            moments.add(Param.state(p.name() + ".adamM", p.size()));
            moments.add(Param.state(p.name() + ".adamV", p.size()));
        }
        this.beta1 = beta1;
        setLearningRate(learningRate);
    }

    public void setLearningRate(double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive");
        }
        this.learningRate = rate;
    }

    public double learningRate() {
        return learningRate;
    }

    /** Moves every param against its gradient from the last backward pass. */
    public void step() {
        long started = Sections.start();
        steps++;
        float b1 = (float) beta1;
        float b2 = (float) BETA2;
        float correction1 = (float) (1 - Math.pow(beta1, steps));
        float sqrtCorrection2 = (float) Math.sqrt(1 - Math.pow(BETA2, steps));
        // PyTorch's lr / c1 * m / (sqrt(v) / sqrt(c2) + eps), with sqrt(c2) moved out of the loop: one
        // division a weight fewer (a vector division costs several cycles, and D has 850K weights)
        float stepSize = (float) (learningRate / correction1 * sqrtCorrection2);
        float eps = (float) (EPSILON * sqrtCorrection2);
        for (int k = 0; k < params.size(); k++) {
            Tensor value = params.get(k).value();
            Tensor grad = params.get(k).gradient();
            Tensor m = moments.get(2 * k).value();
            Tensor v = moments.get(2 * k + 1).value();
            Chunks.blocks(value.size(), (start, n, p, g, mm, vv) -> {
                value.get(start, p, 0, n);
                grad.get(start, g, 0, n);
                m.get(start, mm, 0, n);
                v.get(start, vv, 0, n);
                for (int i = 0; i < n; i++) {
                    mm[i] = b1 * mm[i] + (1 - b1) * g[i];
                    vv[i] = b2 * vv[i] + (1 - b2) * g[i] * g[i];
                    p[i] -= stepSize * mm[i] / ((float) Math.sqrt(vv[i]) + eps);
                }
                value.put(start, p, 0, n);
                m.put(start, mm, 0, n);
                v.put(start, vv, 0, n);
            });
        }
        Sections.end("Adam", started);
    }

    /** First and second moments of every param, in the order of the network's params. */
    public List<Param> state() {
        return List.copyOf(moments);
    }

    public long steps() {
        return steps;
    }

    public void restoreSteps(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative Adam step count");
        }
        steps = count;
    }
}
