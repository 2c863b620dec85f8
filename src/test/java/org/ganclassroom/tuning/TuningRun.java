package org.ganclassroom.tuning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.ComputeThreads;
import org.ganclassroom.gan.SampleGrid;
import org.ganclassroom.judge.Judge;
import org.ganclassroom.judge.JudgeReport;
import org.ganclassroom.nn.Adam;
import org.ganclassroom.nn.BatchNorm;
import org.ganclassroom.nn.ConvDown;
import org.ganclassroom.nn.ConvUp;
import org.ganclassroom.nn.Dense;
import org.ganclassroom.nn.Layer;
import org.ganclassroom.nn.LeakyRelu;
import org.ganclassroom.nn.Sequential;
import org.ganclassroom.nn.SigmoidCrossEntropy;
import org.ganclassroom.nn.Tanh;
import org.ganclassroom.nn.Tensor;
import org.ganclassroom.nn.TrialConv3x3;
import org.ganclassroom.nn.TrialDropout;
import org.ganclassroom.nn.TrialUpsample2x;

/**
 * The harness behind docs/performance.md's "Tuning the classroom preset" table: trains one candidate
 * recipe from scratch on the shipped data and prints the judge's score of 256 fakes after given amounts of
 * training time (judging and saving grids are not counted). It is a tool for people, not a test: run it
 * alone on a quiet machine, since the figures are per wall-clock second.
 *
 * <pre>
 * mvn -q package -DskipTests   # builds target/app and target/test-classes
 * java -cp "target/test-classes:target/app/gan-classroom.jar:target/app/lib/*" \
 *     org.ganclassroom.tuning.TuningRun loss=hinge at=30,60,120 png=/tmp/hinge
 * </pre>
 *
 * Keys (defaults = the classroom preset): z, g0, g1 (G widths at 7x7 and 14x14), d0, d1 (D widths),
 * batch, lrG, lrD, beta1, seed, dataset (mnist|fashion), at (seconds), png (grid file prefix);
 * loss=bce|ls|hinge; gActivation=leaky|relu; generator=transposed|upsample (nearest 2x + 3x3 conv
 * instead of each transposed conv); generatorExtra=1 (3x3 conv + BN at 14x14); discriminatorExtra=1
 * (3x3 conv at 7x7); dropout=R (in D); categories=K (a one-hot code of K values appended to z);
 * dSteps, gSteps (D and G updates per step).
 *
 * <p>The step is GanModel's (D on a real and a fake batch, then G through D with non-saturating targets),
 * written out again here because GanModel builds only the shipped architectures from a {@code Preset} and
 * this harness must try others. Its random streams differ from GanModel's, so compare candidates with
 * its own baseline (no options), not with {@code train}'s figures.
 */
public final class TuningRun {

    private static final int PIXELS = 784;
    private static final int JUDGED = 256;
    private final Map<String, String> options;

    private TuningRun(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("arguments are key=value, not " + arg);
            }
            options.put(pair[0], pair[1]);
        }
        new TuningRun(options).run();
    }

    private String text(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    private int integer(String key, int fallback) {
        return Integer.parseInt(text(key, String.valueOf(fallback)));
    }

    private double number(String key, double fallback) {
        return Double.parseDouble(text(key, String.valueOf(fallback)));
    }

    private void run() throws Exception {
        ComputeThreads.apply(0);
        int z = integer("z", 64);
        int categories = integer("categories", 0);
        int batch = integer("batch", 32);
        long seed = Long.parseLong(text("seed", "1"));
        String lossName = text("loss", "bce");
        int dSteps = integer("dSteps", 1);
        int gSteps = integer("gSteps", 1);
        double[] checkpoints = Arrays.stream(text("at", "30,60,90,120").split(",")).mapToDouble(Double::parseDouble)
                .toArray();
        String dataset = text("dataset", "mnist");

        Sequential generator = new Sequential(generatorLayers(z + categories));
        Sequential discriminator = new Sequential(discriminatorLayers(seed));
        generator.initialise(new SplittableRandom(seed));
        discriminator.initialise(new SplittableRandom(seed + 1));
        double beta1 = number("beta1", 0.5);
        Adam generatorOptimizer = new Adam(generator.params(), number("lrG", 1e-3), beta1);
        Adam discriminatorOptimizer = new Adam(discriminator.params(), number("lrD", 1e-3), beta1);
        ImageSet data = Datasets.shipped().training(dataset);
        Judge judge = Judge.load(Datasets.shipped().sampleDataFolder().resolve("judge/" + dataset + "-judge.zip"));

        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        Tensor images = new Tensor(2 * batch * PIXELS);
        Tensor noise = new Tensor(batch * (z + categories));
        Tensor logitGradient = new Tensor(2 * batch);
        float[] real = new float[batch * PIXELS];
        System.out.println("candidate " + options);
        long trainingNanos = 0;
        long steps = 0;
        for (double checkpoint : checkpoints) {
            while (trainingNanos < checkpoint * 1e9) {
                long start = System.nanoTime();
                for (int d = 0; d < dSteps; d++) {
                    int[] indices = new int[batch];
                    for (int i = 0; i < batch; i++) {
                        indices[i] = random.nextInt(data.count());
                    }
                    data.fillBatch(indices, real);
                    images.put(0, real, 0, batch * PIXELS);
                    fillNoise(noise, batch, z, categories, random);
                    images.copyFrom(generator.forward(noise, batch, true), 0, batch * PIXELS, batch * PIXELS);
                    Tensor logits = discriminator.forward(images, 2 * batch, true);
                    float[] targets = new float[2 * batch];
                    Arrays.fill(targets, 0, batch, 1f);
                    lossGradient(lossName, logits, targets, logitGradient, true);
                    discriminator.backward(logitGradient, true, false);
                    discriminatorOptimizer.step();
                }
                for (int g = 0; g < gSteps; g++) {
                    fillNoise(noise, batch, z, categories, random);
                    Tensor logits = discriminator.forward(generator.forward(noise, batch, true), batch, true);
                    float[] targets = new float[batch];
                    Arrays.fill(targets, 1f);
                    lossGradient(lossName, logits, targets, logitGradient, false);
                    generator.backward(discriminator.backward(logitGradient, false, true), true, false);
                    generatorOptimizer.step();
                }
                steps++;
                trainingNanos += System.nanoTime() - start;
            }
            float[] fakes = generate(generator, z, categories);
            JudgeReport report = JudgeReport.of(judge.classify(fakes, JUDGED));
            System.out.printf(Locale.ROOT, "t=%.0fs steps=%d %s histogram=%s%n", checkpoint, steps, report.line(),
                    Arrays.toString(report.histogram()));
            if (options.containsKey("png")) {
                SampleGrid.of(steps, Arrays.copyOf(fakes, 64 * PIXELS), 64, 28)
                        .writePng(Path.of(text("png", "") + "-" + (int) checkpoint + "s.png"));
            }
        }
    }

    private List<Layer> generatorLayers(int input) {
        int w0 = integer("g0", 64);
        int w1 = integer("g1", 32);
        double slope = text("gActivation", "leaky").equals("relu") ? 0 : 0.2;
        boolean upsample = text("generator", "transposed").equals("upsample");
        List<Layer> layers = new ArrayList<>(List.of(new Dense("g.dense", input, 49 * w0),
                new BatchNorm("g.bn1", 49 * w0, 1), new LeakyRelu(49 * w0, slope)));
        if (upsample) {
            layers.addAll(List.of(new TrialUpsample2x(7, w0), new TrialConv3x3("g.conv1", w0, w1, 14)));
        } else {
            layers.add(new ConvUp("g.up1", w0, w1, 7));
        }
        layers.addAll(List.of(new BatchNorm("g.bn2", w1, 196), new LeakyRelu(196 * w1, slope)));
        if (integer("generatorExtra", 0) > 0) {
            layers.addAll(List.of(new TrialConv3x3("g.extra", w1, w1, 14), new BatchNorm("g.bn3", w1, 196),
                    new LeakyRelu(196 * w1, slope)));
        }
        if (upsample) {
            layers.addAll(List.of(new TrialUpsample2x(14, w1), new TrialConv3x3("g.conv2", w1, 1, 28)));
        } else {
            layers.add(new ConvUp("g.up2", w1, 1, 14));
        }
        layers.add(new Tanh(PIXELS));
        return layers;
    }

    private List<Layer> discriminatorLayers(long seed) {
        int w0 = integer("d0", 32);
        int w1 = integer("d1", 64);
        double dropout = number("dropout", 0);
        List<Layer> layers = new ArrayList<>(List.of(new ConvDown("d.conv1", 1, w0, 28), new LeakyRelu(196 * w0, 0.2)));
        if (dropout > 0) {
            layers.add(new TrialDropout(196 * w0, dropout, seed + 2));
        }
        layers.addAll(List.of(new ConvDown("d.conv2", w0, w1, 14), new LeakyRelu(49 * w1, 0.2)));
        if (dropout > 0) {
            layers.add(new TrialDropout(49 * w1, dropout, seed + 3));
        }
        if (integer("discriminatorExtra", 0) > 0) {
            layers.addAll(List.of(new TrialConv3x3("d.extra", w1, w1, 7), new LeakyRelu(49 * w1, 0.2)));
        }
        layers.add(new Dense("d.out", 49 * w1, 1));
        return layers;
    }

    /** Judged fakes come from the same 256 noise vectors for every candidate and checkpoint. */
    private static float[] generate(Sequential generator, int z, int categories) {
        int input = z + categories;
        Tensor latent = new Tensor(JUDGED * input);
        fillNoise(latent, JUDGED, z, categories, new SplittableRandom(4242));
        float[] fakes = new float[JUDGED * PIXELS];
        int chunk = JUDGED / 2;
        for (int from = 0; from < JUDGED; from += chunk) {
            Tensor part = new Tensor(chunk * input);
            part.copyFrom(latent, from * input, 0, chunk * input);
            generator.forward(part, chunk, false).get(0, fakes, from * PIXELS, chunk * PIXELS);
        }
        return fakes;
    }

    /** Gaussian z, then (with categories) a one-hot code picked uniformly: an InfoGAN-style discrete input. */
    private static void fillNoise(Tensor noise, int count, int z, int categories, SplittableRandom random) {
        int input = z + categories;
        for (int s = 0; s < count; s++) {
            for (int i = 0; i < z; i++) {
                noise.set(s * input + i, (float) random.nextGaussian());
            }
            int code = categories > 0 ? random.nextInt(categories) : -1;
            for (int k = 0; k < categories; k++) {
                noise.set(s * input + z + k, k == code ? 1f : 0f);
            }
        }
    }

    /**
     * d loss / d logit for a batch. bce: sigmoid cross-entropy against the targets (G's targets are 1, the
     * non-saturating loss). ls: least squares on the raw logit, (l - t)^2 / 2. hinge: D minimises
     * max(0, 1 - l) on reals and max(0, 1 + l) on fakes; G minimises -l.
     */
    private static void lossGradient(String loss, Tensor logits, float[] targets, Tensor gradient, boolean dStep) {
        int n = targets.length;
        switch (loss) {
            case "bce" -> SigmoidCrossEntropy.lossAndGradient(logits, targets, new float[n], gradient);
            case "ls" -> {
                for (int i = 0; i < n; i++) {
                    gradient.set(i, (logits.get(i) - targets[i]) / n);
                }
            }
            case "hinge" -> {
                for (int i = 0; i < n; i++) {
                    float l = logits.get(i);
                    float g;
                    if (!dStep) {
                        g = -1f;
                    } else if (targets[i] > 0.5f) {
                        g = l < 1 ? -1f : 0f;
                    } else {
                        g = l > -1 ? 1f : 0f;
                    }
                    gradient.set(i, g / n);
                }
            }
            default -> throw new IllegalArgumentException("loss is bce, ls or hinge, not " + loss);
        }
    }
}
