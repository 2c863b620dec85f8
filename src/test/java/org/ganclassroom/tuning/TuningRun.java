package org.ganclassroom.tuning;

import static org.ganclassroom.gan.CodeLoss.column;
import static org.ganclassroom.gan.CodeLoss.withCodeGradient;

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
import org.ganclassroom.gan.CodeLoss;
import org.ganclassroom.gan.ComputeThreads;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.GeneratorAverage;
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
import org.ganclassroom.nn.Param;
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
 * dSteps, gSteps (D and G updates per step); ema=D (judge a running average of G's weights, decay D);
 * sampleMode=eval|batch (BatchNorm statistics when judging); info=L (with categories: InfoGAN, D also
 * guesses the code, weight L); dNorm=1 (BatchNorm after D's second conv); separate=1 (D's reals and fakes
 * in two passes, as PyTorch's DCGAN); dHidden=N (Dense to N + LeakyReLU before D's output);
 * cluster=W (with info: D's guesser also clusters the reals, {@link CodeLoss#addRealClusterGradient});
 * atSteps=N,... (checkpoints by step count, so runs can share the machine); threads=N (compute threads).
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
        ComputeThreads.apply(integer("threads", 0));
        int z = integer("z", 64);
        int categories = integer("categories", 0);
        int batch = integer("batch", 32);
        long seed = Long.parseLong(text("seed", "1"));
        String lossName = text("loss", "bce");
        int dSteps = integer("dSteps", 1);
        int gSteps = integer("gSteps", 1);
        // atSteps: checkpoints by step count instead of seconds, for runs that share the machine
        boolean bySteps = options.containsKey("atSteps");
        double[] checkpoints = Arrays.stream(text(bySteps ? "atSteps" : "at", "30,60,90,120").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        float cluster = (float) number("cluster", 0);
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
        int width = discriminatorOutputs();
        float info = (float) number("info", 0);
        boolean separatePasses = integer("separate", 0) > 0;
        float[] real = new float[batch * PIXELS];
        System.out.println("candidate " + options);
        double emaDecay = number("ema", 0);
        GeneratorAverage average = emaDecay > 0 ? new GeneratorAverage(generator.params(), emaDecay) : null;
        boolean batchStatistics = text("sampleMode", "eval").equals("batch");
        // Judged fakes come from the same 256 noise vectors (and codes) for every candidate and checkpoint.
        Tensor judgedNoise = new Tensor(JUDGED * (z + categories));
        int[] judgedCodes = fillNoise(judgedNoise, JUDGED, z, categories, new SplittableRandom(4242));
        long trainingNanos = 0;
        long steps = 0;
        for (double checkpoint : checkpoints) {
            while (bySteps ? steps < checkpoint : trainingNanos < checkpoint * 1e9) {
                long start = System.nanoTime();
                for (int d = 0; d < dSteps; d++) {
                    int[] indices = new int[batch];
                    for (int i = 0; i < batch; i++) {
                        indices[i] = random.nextInt(data.count());
                    }
                    data.fillBatch(indices, real);
                    int[] codes = fillNoise(noise, batch, z, categories, random);
                    if (separatePasses) {
                        separateDiscriminatorStep(discriminator, generator, real, noise, batch, width, codes, info,
                                lossName);
                        discriminatorOptimizer.step();
                        continue;
                    }
                    images.put(0, real, 0, batch * PIXELS);
                    images.copyFrom(generator.forward(noise, batch, true), 0, batch * PIXELS, batch * PIXELS);
                    Tensor outputs = discriminator.forward(images, 2 * batch, true);
                    float[] targets = new float[2 * batch];
                    Arrays.fill(targets, 0, batch, 1f);
                    Tensor logits = column(outputs, 2 * batch, width, 0);
                    lossGradient(lossName, logits, targets, logitGradient, true);
                    Tensor gradient = withCodeGradient(logitGradient, outputs, 2 * batch, width, batch, codes, info);
                    CodeLoss.addRealClusterGradient(gradient, outputs, batch, width, cluster);
                    discriminator.backward(gradient, true, false);
                    discriminatorOptimizer.step();
                }
                for (int g = 0; g < gSteps; g++) {
                    int[] codes = fillNoise(noise, batch, z, categories, random);
                    Tensor outputs = discriminator.forward(generator.forward(noise, batch, true), batch, true);
                    float[] targets = new float[batch];
                    Arrays.fill(targets, 1f);
                    Tensor logits = column(outputs, batch, width, 0);
                    lossGradient(lossName, logits, targets, logitGradient, false);
                    Tensor gradient = withCodeGradient(logitGradient, outputs, batch, width, 0, codes, info);
                    generator.backward(discriminator.backward(gradient, false, true), true, false);
                    generatorOptimizer.step();
                }
                if (average != null) {
                    average.update();
                }
                steps++;
                trainingNanos += System.nanoTime() - start;
            }
            float[] fakes = average == null ? generate(generator, judgedNoise, z + categories, batchStatistics)
                    : average.with(() -> generate(generator, judgedNoise, z + categories, batchStatistics));
            double[][] probabilities = judge.classify(fakes, JUDGED);
            JudgeReport report = JudgeReport.of(probabilities);
            System.out.printf(Locale.ROOT, "t=%.0fs%s steps=%d %s histogram=%s%s%n",
                    bySteps ? trainingNanos / 1e9 : checkpoint, bySteps ? " (atSteps)" : "", steps, report.line(),
                    Arrays.toString(report.histogram()), codePurity(probabilities, judgedCodes, categories));
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

    /** D's realness logit, then (InfoGAN) the K logits of Q's guess of the code. */
    private int discriminatorOutputs() {
        return 1 + (number("info", 0) > 0 ? integer("categories", 0) : 0);
    }

    private List<Layer> discriminatorLayers(long seed) {
        int w0 = integer("d0", 32);
        int w1 = integer("d1", 64);
        double dropout = number("dropout", 0);
        List<Layer> layers = new ArrayList<>(List.of(new ConvDown("d.conv1", 1, w0, 28), new LeakyRelu(196 * w0, 0.2)));
        if (dropout > 0) {
            layers.add(new TrialDropout(196 * w0, dropout, seed + 2));
        }
        layers.add(new ConvDown("d.conv2", w0, w1, 14));
        if (integer("dNorm", 0) > 0) {
            layers.add(new BatchNorm("d.bn2", w1, 49));
        }
        layers.add(new LeakyRelu(49 * w1, 0.2));
        if (dropout > 0) {
            layers.add(new TrialDropout(49 * w1, dropout, seed + 3));
        }
        if (integer("discriminatorExtra", 0) > 0) {
            layers.addAll(List.of(new TrialConv3x3("d.extra", w1, w1, 7), new LeakyRelu(49 * w1, 0.2)));
        }
        int hidden = integer("dHidden", 0);
        if (hidden > 0) {
            // a nonlinear layer over the whole 7x7 map: D can judge how strokes are arranged, not only
            // whether each patch of stroke looks real
            layers.addAll(List.of(new Dense("d.hidden", 49 * w1, hidden), new LeakyRelu(hidden, 0.2)));
        }
        layers.add(new Dense("d.out", hidden > 0 ? hidden : 49 * w1, discriminatorOutputs()));
        return layers;
    }

    /**
     * G's drawings of the judged noise. With batch statistics the pass also nudges BatchNorm's running
     * statistics, which only sampleMode=eval reads.
     */
    private static float[] generate(Sequential generator, Tensor latent, int input, boolean batchStatistics) {
        float[] fakes = new float[JUDGED * PIXELS];
        int chunk = JUDGED / 2;
        for (int from = 0; from < JUDGED; from += chunk) {
            Tensor part = new Tensor(chunk * input);
            part.copyFrom(latent, from * input, 0, chunk * input);
            generator.forward(part, chunk, batchStatistics).get(0, fakes, from * PIXELS, chunk * PIXELS);
        }
        return fakes;
    }

    /**
     * D's step as PyTorch's DCGAN takes it: a backward pass on a batch of reals, then one on a batch of fakes,
     * gradients summed, so BatchNorm in D never mixes the two. Layers overwrite their gradients on each
     * backward, hence the copy of the first pass's.
     */
    private static void separateDiscriminatorStep(Sequential discriminator, Sequential generator, float[] real,
            Tensor noise, int batch, int width, int[] codes, float info, String lossName) {
        Tensor realImages = Tensor.of(real);
        Tensor outputs = discriminator.forward(realImages, batch, true);
        float[] ones = new float[batch];
        Arrays.fill(ones, 1f);
        Tensor gradient = new Tensor(batch);
        lossGradient(lossName, column(outputs, batch, width, 0), ones, gradient, true);
        discriminator.backward(withCodeGradient(gradient, outputs, batch, width, batch, codes, info), true, false);
        List<Param> params = discriminator.params().stream().filter(Param::isTrainable).toList();
        List<float[]> first = params.stream().map(p -> p.gradient().toArray()).toList();
        outputs = discriminator.forward(generator.forward(noise, batch, true), batch, true);
        lossGradient(lossName, column(outputs, batch, width, 0), new float[batch], gradient, true);
        discriminator.backward(withCodeGradient(gradient, outputs, batch, width, 0, codes, info), true, false);
        for (int i = 0; i < params.size(); i++) {
            float[] g = params.get(i).gradient().toArray();
            float[] f = first.get(i);
            for (int k = 0; k < g.length; k++) {
                g[k] += f[k];
            }
            params.get(i).gradient().put(0, g, 0, g.length);
        }
    }

    /**
     * With a code: the share of judged fakes whose judge class is their code's most common class, i.e. how
     * far each code value has come to mean one digit.
     */
    private static String codePurity(double[][] probabilities, int[] codes, int categories) {
        if (categories == 0) {
            return "";
        }
        int[][] counts = new int[categories][probabilities[0].length];
        for (int i = 0; i < JUDGED; i++) {
            int best = 0;
            for (int c = 1; c < probabilities[i].length; c++) {
                best = probabilities[i][c] > probabilities[i][best] ? c : best;
            }
            counts[codes[i]][best]++;
        }
        int pure = 0;
        StringBuilder majority = new StringBuilder();
        for (int[] row : counts) {
            int top = 0;
            for (int c = 1; c < row.length; c++) {
                top = row[c] > row[top] ? c : top;
            }
            pure += row[top];
            majority.append(top);
        }
        return String.format(Locale.ROOT, " codePurity=%.2f codeDigits=%s", pure / (double) JUDGED, majority);
    }

    /** Gaussian z, then (with categories) a one-hot code picked uniformly, drawn as the app draws them. */
    private static int[] fillNoise(Tensor noise, int count, int z, int categories, SplittableRandom random) {
        int[] codes = new int[count];
        float[] values = GanModel.latent(z, categories, count, random, codes);
        noise.put(0, values, 0, values.length);
        return codes;
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
