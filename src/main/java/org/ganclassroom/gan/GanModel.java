package org.ganclassroom.gan;

import java.util.SplittableRandom;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.nn.Adam;
import org.ganclassroom.nn.Sequential;
import org.ganclassroom.nn.SigmoidCrossEntropy;
import org.ganclassroom.nn.Tensor;

/**
 * One DCGAN in training: G and D with their Adam optimisers, the fixed noise batch behind the sample grid,
 * and the step counter. Not thread-safe (the networks keep their last pass's buffers): {@link GanTrainer}
 * serialises access.
 *
 * <p>A step is the PyTorch reference's: D on a real and a fake batch (one forward of both), then G on fresh
 * noise through D. In G's step only D's input gradient is computed; D's own weights are neither given
 * gradients nor moved, which is what "D frozen" means.
 *
 * <p>All randomness of step n (which real images, which noise) comes from a generator seeded with
 * (seed, n), so a fixed seed reproduces a run and a checkpoint resumes with exactly the next step the
 * uninterrupted run would have taken.
 *
 * <p>With a preset's code (InfoGAN), G's input is z then a one-hot code value, and D's output rows are the
 * realness logit then its guess of the code ({@link CodeLoss}); with a cluster weight, D's guesses on the
 * real images are also pushed to be confident and balanced. The losses reported and plotted are the
 * realness cross-entropies only, the min-max game the lessons teach; the code's term is added to the
 * gradients. With a preset's weight average, every picture (grid, samples, judge, quiz) is drawn by
 * {@link GeneratorAverage}, while the steps train the live weights.
 */
public final class GanModel implements TrainableGan {

    /** The sample grid: 8x8 forgeries from the same 64 noise vectors, watched as they improve. */
    public static final int GRID_SAMPLES = 64;
    private static final int PIXELS = GanNetworks.IMAGE_PIXELS;
    private static final int SIDE = GanNetworks.IMAGE_SIDE;
    /** Images generated or judged per forward pass outside training: keeps buffers batch-sized. */
    private static final int CHUNK = 128;
    private static final long FIXED_NOISE_SALT = 0x5EED_F1C5L;

    public enum StepKind { BOTH, DISCRIMINATOR_ONLY, GENERATOR_ONLY }

    /**
     * What G minimises. NON_SATURATING, −log D(G(z)), is what every preset trains with. MIN_MAX, the 2014
     * paper's log(1 − D(G(z))), is there to be switched on in class: after a few Step D presses D rejects
     * the fakes confidently and G's push (StepResult.generatorPush) drops to almost nothing, which is the
     * vanishing gradient lesson 12 talks about. It is not saved in checkpoints.
     */
    public enum GeneratorLoss { NON_SATURATING, MIN_MAX }

    private GeneratorLoss generatorLoss = GeneratorLoss.NON_SATURATING;
    private double lastGeneratorPush = Double.NaN;
    private double lastFakeScore = Double.NaN;

    public GeneratorLoss generatorLoss() {
        return generatorLoss;
    }

    public void setGeneratorLoss(GeneratorLoss loss) {
        generatorLoss = java.util.Objects.requireNonNull(loss);
    }

    private final Preset preset;
    private final long seed;
    private final Sequential generator;
    private final Sequential discriminator;
    private final Adam generatorOptimizer;
    private final Adam discriminatorOptimizer;
    private final float[] fixedNoise;
    private final GeneratorAverage average;
    private long step;
    private long imagesSeen;
    private int batchSize;
    private Tensor noise;
    private Tensor images;
    /** G's output buffer after the D step's forward pass (valid until G's next forward). */
    private Tensor lastFakes;
    /** Forward passes of G in training mode so far (a test checks that reusing fakes saves one per step). */
    private long generatorTrainingPasses;
    private Tensor logitGradient;
    private int[] codes;

    GanModel(Preset preset, long seed, float[] fixedNoise, long step, long imagesSeen) {
        this.preset = preset;
        this.seed = seed;
        this.generator = GanNetworks.generator(preset);
        this.discriminator = GanNetworks.discriminator(preset);
        this.generatorOptimizer = new Adam(generator.params(), preset.generatorLearningRate(), preset.beta1());
        this.discriminatorOptimizer = new Adam(discriminator.params(), preset.discriminatorLearningRate(),
                preset.beta1());
        this.fixedNoise = fixedNoise.clone();
        this.average = preset.averageDecay() > 0 ? new GeneratorAverage(generator.params(), preset.averageDecay())
                : null;
        this.step = step;
        this.imagesSeen = imagesSeen;
        this.batchSize = preset.batchSize();
    }

    /** Fresh networks for a preset; the seed fixes weights, noise and batch order. */
    public static GanModel create(Preset preset, long seed) {
        // The grid's code values go round 0, 1, ..., K-1, so every value has its pictures in the grid.
        GanModel model = new GanModel(preset, seed,
                latent(preset, GRID_SAMPLES, new SplittableRandom(seed ^ FIXED_NOISE_SALT), null), 0, 0);
        model.generator.initialise(new SplittableRandom(seed));
        model.discriminator.initialise(new SplittableRandom(seed + 1));
        if (model.average != null) {
            model.average.reset();
        }
        return model;
    }

    @Override
    public StepResult trainStep(ImageSet data, StepKind kind) {
        requireTrainable(preset, data);
        SplittableRandom random = new SplittableRandom(mix(seed, step));
        int batch = batchSize;
        double dLoss = Double.NaN;
        double gLoss = Double.NaN;
        double realScore = Double.NaN;
        double fakeScore = Double.NaN;
        if (kind != StepKind.GENERATOR_ONLY) {
            double[] d = trainDiscriminator(data, batch, random);
            dLoss = d[0];
            realScore = d[1];
            fakeScore = d[2];
            imagesSeen += batch;
        }
        if (kind != StepKind.DISCRIMINATOR_ONLY) {
            // G's step on the D step's fakes saves a pass through G (see Preset.reusesFakes)
            boolean sameFakes = kind == StepKind.BOTH && preset.reusesFakes();
            gLoss = trainGenerator(batch, random, sameFakes);
            if (average != null) {
                average.update();
            }
            if (kind == StepKind.GENERATOR_ONLY) {
                fakeScore = lastFakeScore; // D's verdict on the fakes G just trained against
            }
        }
        step++;
        return new StepResult(step, kind != StepKind.GENERATOR_ONLY, kind != StepKind.DISCRIMINATOR_ONLY,
                dLoss, gLoss, realScore, fakeScore, kind == StepKind.DISCRIMINATOR_ONLY ? Double.NaN : lastGeneratorPush);
    }

    /**
     * Whether {@code preset} can learn from {@code data}: 28x28 images, and for a conditional preset a label
     * per image within its classes. Throws with a sentence for the person who chose them.
     */
    public static void requireTrainable(Preset preset, ImageSet data) {
        if (data.rows() != SIDE || data.cols() != SIDE) {
            throw new IllegalArgumentException("the GAN trains on " + SIDE + "x" + SIDE + " images, not "
                    + data.rows() + "x" + data.cols());
        }
        requireLabelsIfConditional(preset, data);
    }

    /** For a conditional preset, a label for every image; else nothing. Throws with a sentence. */
    public static void requireLabelsIfConditional(Preset preset, ImageSet data) {
        if (preset.conditional() && data.labels() == null) {
            throw new IllegalArgumentException("the " + preset.name() + " preset learns to draw the class it is asked"
                    + " for, so it needs labelled images (MNIST digits or Fashion-MNIST clothes); " + data.name()
                    + " has no labels");
        }
    }

    /** D learns to say 1 to real images and 0 to fakes; returns {loss, mean D(x), mean D(G(z))}. */
    private double[] trainDiscriminator(ImageSet data, int batch, SplittableRandom random) {
        int[] indices = new int[batch];
        for (int i = 0; i < batch; i++) {
            indices[i] = random.nextInt(data.count());
        }
        float[] realPixels = new float[batch * PIXELS];
        data.fillBatch(indices, realPixels);
        images = ensure(images, 2 * batch * PIXELS);
        images.put(0, realPixels, 0, batch * PIXELS);
        // Fakes from G in training mode (batch statistics in BN), as PyTorch's G in train() mode.
        Tensor fake = generator.forward(noise(batch, random), batch, true);
        generatorTrainingPasses++;
        lastFakes = fake;
        images.copyFrom(fake, 0, batch * PIXELS, batch * PIXELS);

        float[] targets = new float[2 * batch];
        java.util.Arrays.fill(targets, 0, batch, 1f);
        float[] verdicts = new float[2 * batch];
        int width = preset.discriminatorOutputs();
        Tensor outputs = discriminator.forward(images, 2 * batch, true);
        logitGradient = ensure(logitGradient, 2 * batch);
        double loss;
        Tensor gradient;
        if (preset.conditional()) {
            // each image is judged for its class: the reals' labels, then the classes the fakes were asked for
            int[] classes = new int[2 * batch];
            for (int i = 0; i < batch; i++) {
                classes[i] = data.label(indices[i]);
                classes[batch + i] = codes[i];
            }
            loss = SigmoidCrossEntropy.lossAndGradient(ProjectionLoss.realness(outputs, 2 * batch, width, classes),
                    targets, verdicts, logitGradient);
            gradient = ProjectionLoss.gradient(logitGradient, 2 * batch, width, classes);
        } else {
            loss = SigmoidCrossEntropy.lossAndGradient(CodeLoss.column(outputs, 2 * batch, width, 0), targets,
                    verdicts, logitGradient);
            gradient = CodeLoss.withCodeGradient(logitGradient, outputs, 2 * batch, width, batch, codes,
                    preset.codeWeight());
            CodeLoss.addRealClusterGradient(gradient, outputs, batch, width, preset.clusterWeight());
        }
        discriminator.backward(gradient, true, false);
        discriminatorOptimizer.step();
        return new double[] {loss, mean(verdicts, 0, batch), mean(verdicts, batch, 2 * batch)};
    }

    /**
     * G learns through D with D's weights left alone. Its fakes are labelled REAL (1): G's goal is
     * D(G(z)) → 1. This is the non-saturating loss -log D(G(z)); the min-max form log(1 - D(G(z))) gives G
     * almost no gradient early on, when D easily rejects its fakes.
     */
    private double trainGenerator(int batch, SplittableRandom random, boolean sameFakes) {
        Tensor fake = lastFakes;
        if (!sameFakes) {
            fake = generator.forward(noise(batch, random), batch, true);
            generatorTrainingPasses++;
        }
        int width = preset.discriminatorOutputs();
        Tensor outputs = discriminator.forward(fake, batch, true);
        float[] targets = new float[batch];
        java.util.Arrays.fill(targets, 1f);
        logitGradient = ensure(logitGradient, batch);
        float[] scores = new float[batch];
        Tensor realness = preset.conditional() ? ProjectionLoss.realness(outputs, batch, width, codes)
                : CodeLoss.column(outputs, batch, width, 0);
        double loss = SigmoidCrossEntropy.lossAndGradient(realness, targets, scores, logitGradient);
        double push = 0;
        double scoreSum = 0;
        double minMaxLoss = 0;
        for (int i = 0; i < batch; i++) {
            double p = scores[i];
            scoreSum += p;
            if (generatorLoss == GeneratorLoss.MIN_MAX) {
                // d/da log(1 − σ(a)) = −σ(a): it fades to 0 exactly when D rejects the fake confidently
                logitGradient.set(i, (float) (-p / batch));
                minMaxLoss += Math.log1p(-Math.min(p, 1 - 1e-7));
            }
            push += Math.abs(logitGradient.get(i)) * batch;
        }
        lastGeneratorPush = push / batch;
        lastFakeScore = scoreSum / batch;
        if (generatorLoss == GeneratorLoss.MIN_MAX) {
            loss = minMaxLoss / batch;
        }
        // with a code, G is also rewarded when D reads the code value it was given; conditional, when D
        // believes the fake is real for the class it was asked for
        Tensor outputGradient = preset.conditional() ? ProjectionLoss.gradient(logitGradient, batch, width, codes)
                : CodeLoss.withCodeGradient(logitGradient, outputs, batch, width, 0, codes, preset.codeWeight());
        Tensor fakeGradient = discriminator.backward(outputGradient, false, true);
        generator.backward(fakeGradient, true, false);
        generatorOptimizer.step();
        return loss;
    }

    /** G's drawings of the fixed noise batch, with BN in inference mode. */
    @Override
    public SampleGrid sampleGrid() {
        return SampleGrid.of(step, generateFrom(fixedNoise, GRID_SAMPLES), GRID_SAMPLES, SIDE, gridColumns());
    }

    /** Fixed-noise samples as raw values -1..1 (for health checks). */
    @Override
    public float[] fixedSamples() {
        return generateFrom(fixedNoise, GRID_SAMPLES);
    }

    /**
     * {@code count} new images (values -1..1, image after image) from noise seeded by {@code sampleSeed};
     * code values, if the preset has a code, drawn uniformly as in training.
     */
    public float[] generate(int count, long sampleSeed) {
        return generateFrom(latent(preset, count, new SplittableRandom(sampleSeed), new int[count]), count);
    }

    /**
     * {@code count} new images all drawn with code value {@code value}: for a conditional preset, pictures
     * of that class ("draw me a 7"). Throws with a sentence for a value the preset does not have.
     */
    public float[] generate(int count, long sampleSeed, int value) {
        if (value < 0 || value >= preset.codeValues()) {
            throw new IllegalArgumentException(preset.codeValues() == 0
                    ? "the " + preset.name() + " preset has no classes or code values to choose from"
                    : "there is no class " + value + ": the " + preset.name() + " preset has 0 to " + (preset.codeValues() - 1));
        }
        float[] inputs = latent(preset, count, new SplittableRandom(sampleSeed), new int[count]);
        int size = preset.generatorInputSize();
        for (int i = 0; i < count; i++) {
            java.util.Arrays.fill(inputs, i * size + preset.latentSize(), (i + 1) * size, 0f);
            inputs[i * size + preset.latentSize() + value] = 1f;
        }
        return generateFrom(inputs, count);
    }

    /**
     * G's pictures for the given inputs ({@link LatentSpace} points one after another), one forward pass
     * per picture: BatchNorm is in its running-statistics mode then, so a picture depends on its own input
     * only, and the same input always gives bit for bit the same picture (the lab's walk ends must match the
     * fakes they start from). Not thread-safe: call through {@link GanTrainer#withModel} for a live model.
     */
    public float[] drawEach(float[] inputs, int count) {
        int size = preset.generatorInputSize();
        if (inputs.length != count * size) {
            throw new IllegalArgumentException(count + " inputs need " + count * size + " numbers, not " + inputs.length);
        }
        float[] out = new float[count * PIXELS];
        for (int i = 0; i < count; i++) {
            float[] one = generateFrom(java.util.Arrays.copyOfRange(inputs, i * size, (i + 1) * size), 1);
            System.arraycopy(one, 0, out, i * PIXELS, PIXELS);
        }
        return out;
    }

    private float[] generateFrom(float[] latent, int count) {
        return average == null ? draw(latent, count) : average.with(() -> draw(latent, count));
    }

    private float[] draw(float[] latent, int count) {
        int z = preset.generatorInputSize();
        float[] out = new float[count * PIXELS];
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            Tensor input = new Tensor(n * z);
            input.put(0, latent, from * z, n * z);
            float[] drawn = generator.forward(input, n, false).toArray();
            System.arraycopy(drawn, 0, out, from * PIXELS, n * PIXELS);
        }
        return out;
    }

    /** D's verdicts, P(real), on images given as values -1..1. */
    public double[] discriminate(float[] pictures, int count) {
        if (pictures.length < count * PIXELS) {
            throw new IllegalArgumentException(count + " images need " + count * PIXELS + " values");
        }
        double[] verdicts = new double[count];
        int width = preset.discriminatorOutputs();
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            Tensor input = new Tensor(n * PIXELS);
            input.put(0, pictures, from * PIXELS, n * PIXELS);
            Tensor logits = discriminator.forward(input, n, false);
            for (int i = 0; i < n; i++) {
                double logit = preset.conditional() ? ProjectionLoss.bestRealness(logits, i, width) : logits.get(i * width);
                verdicts[from + i] = 1 / (1 + Math.exp(-logit));
            }
        }
        return verdicts;
    }

    /** Takes effect from the next step; no reset needed. Sets both networks' rates. */
    @Override
    public void setLearningRate(double rate) {
        setLearningRates(rate, rate);
    }

    public void setLearningRates(double generatorRate, double discriminatorRate) {
        if (!(generatorRate > 0) || !(discriminatorRate > 0) || generatorRate > 1 || discriminatorRate > 1) {
            throw new IllegalArgumentException("a learning rate must be above 0 and at most 1");
        }
        generatorOptimizer.setLearningRate(generatorRate);
        discriminatorOptimizer.setLearningRate(discriminatorRate);
    }

    /** Takes effect from the next step. */
    @Override
    public void setBatchSize(int batch) {
        if (batch < 1 || batch > 1024) {
            throw new IllegalArgumentException("batch size must be between 1 and 1024");
        }
        batchSize = batch;
    }

    @Override
    public Preset preset() {
        return preset;
    }

    public long seed() {
        return seed;
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public long imagesSeen() {
        return imagesSeen;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    @Override
    public double generatorLearningRate() {
        return generatorOptimizer.learningRate();
    }

    public double discriminatorLearningRate() {
        return discriminatorOptimizer.learningRate();
    }

    /** Starts timing every layer (for {@code bench --profile}); costs two clock reads per layer pass. */
    public void startProfiling() {
        generator.startProfiling();
        discriminator.startProfiling();
    }

    /** Milliseconds per step spent in each layer since {@link #startProfiling}, as a Markdown table. */
    public String profileTable(int steps) {
        StringBuilder table = new StringBuilder("| net | layer | forward ms/step | backward ms/step |\n|---|---|---|---|\n");
        double total = 0;
        for (Sequential net : new Sequential[] {generator, discriminator}) {
            String name = net == generator ? "G" : "D";
            for (int i = 0; i < net.layers().size(); i++) {
                double forward = net.forwardNanos(i) / 1e6 / steps;
                double backward = net.backwardNanos(i) / 1e6 / steps;
                total += forward + backward;
                table.append(String.format(java.util.Locale.ROOT, "| %s | %s | %.1f | %.1f |%n", name,
                        net.layers().get(i).describe(), forward, backward));
            }
        }
        table.append(String.format(java.util.Locale.ROOT, "| | all layers | %.1f ms/step | |%n", total));
        return table.toString();
    }

    Sequential generator() {
        return generator;
    }

    long generatorTrainingPasses() {
        return generatorTrainingPasses;
    }

    Sequential discriminator() {
        return discriminator;
    }

    Adam generatorOptimizer() {
        return generatorOptimizer;
    }

    Adam discriminatorOptimizer() {
        return discriminatorOptimizer;
    }

    float[] fixedNoise() {
        return fixedNoise.clone();
    }

    /** The weight average that draws the pictures; null when the preset has none. */
    GeneratorAverage average() {
        return average;
    }

    void restoreTrainingSettings(int batch, double generatorRate, double discriminatorRate) {
        setBatchSize(batch);
        setLearningRates(generatorRate, discriminatorRate);
    }

    /**
     * Cells per row of the sample grid: with a code, one column per code value (the fixed noise goes round
     * the values 0, 1, ..., K-1), so a column shows what one value draws; else 8 x 8.
     */
    @Override
    public int gridColumns() {
        return preset.codeValues() > 1 && preset.codeValues() <= 16 ? preset.codeValues()
                : (int) Math.ceil(Math.sqrt(GRID_SAMPLES));
    }

    /** G's input for a training batch; the code values drawn go to {@link #codes}. */
    private Tensor noise(int batch, SplittableRandom random) {
        codes = new int[batch];
        float[] values = latent(preset, batch, random, codes);
        noise = ensure(noise, values.length);
        noise.put(0, values, 0, values.length);
        return noise;
    }

    /**
     * {@code count} inputs for G: Gaussian z, then (with a code) a one-hot code value, each drawn uniformly
     * into {@code codes}, or with {@code codes} null going round 0, 1, ..., K-1.
     */
    static float[] latent(Preset preset, int count, SplittableRandom random, int[] codes) {
        return latent(preset.latentSize(), preset.codeValues(), count, random, codes);
    }

    /** The same for a latent size and a number of code values (0: no code), for the tuning harness too. */
    public static float[] latent(int z, int values, int count, SplittableRandom random, int[] codes) {
        int input = z + values;
        float[] latent = new float[count * input];
        for (int s = 0; s < count; s++) {
            for (int i = 0; i < z; i++) {
                latent[s * input + i] = (float) random.nextGaussian();
            }
            if (values > 0) {
                int code = codes == null ? s % values : random.nextInt(values);
                if (codes != null) {
                    codes[s] = code;
                }
                latent[s * input + z + code] = 1f;
            }
        }
        return latent;
    }

    private static Tensor ensure(Tensor current, int size) {
        return current != null && current.size() >= size ? current : new Tensor(size);
    }

    private static double mean(float[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    /** A well-spread seed for step n of a run (SplittableRandom's own mixing of seed + n). */
    private static long mix(long seed, long n) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n).nextLong();
    }
}
