package org.ganclassroom.gan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every hyperparameter of one GAN recipe, in one place. Both networks follow the DCGAN shape for 28x28
 * images; the widths say how many feature maps each stage has.
 *
 * @param latentSize       length of the noise vector z
 * @param generatorWidths  feature maps at 7x7 and at 14x14 in G (e.g. 128, 64)
 * @param discriminatorWidths feature maps at 14x14 and at 7x7 in D (e.g. 64, 128)
 * @param batchSize        real images per step (D also sees as many fakes)
 * @param generatorLearningRate     Adam learning rate of G
 * @param discriminatorLearningRate Adam learning rate of D
 * @param beta1            Adam's first-moment decay; 0.5 as in the DCGAN paper (0.9 makes GANs oscillate)
 * @param leakySlope       LeakyReLU slope for negative inputs
 * @param codeValues       0, or K: G also gets a one-hot code of K values and D gets K more outputs guessing
 *                         which value made a fake (InfoGAN's discrete code, learned without labels)
 * @param codeWeight       weight of the code's cross-entropy in D's and G's losses (with codeValues > 0)
 * @param clusterWeight    0, or (with a code) the weight of a term that makes D's code guesser sort the real
 *                         images into confident, equally used code values ({@link CodeLoss#addRealClusterGradient})
 * @param discriminatorHidden 0, or the width of a Dense + LeakyReLU layer in D's head, before its outputs
 * @param averageDecay     0, or the decay of a running average of G's weights that draws every picture
 *                         shown or judged (training moves the live weights)
 * @param conditional      the code is the images' class label, not a value G picks a meaning for: G draws
 *                         the class it is given and D judges realness for the class it is told (a
 *                         conditional GAN, Mirza and Osindero 2014, with a projection discriminator,
 *                         Miyato and Koyama 2018: D's verdict for class y is output 0 plus output 1 + y,
 *                         i.e. its features projected on y's own direction). Needs labelled images.
 */
public record Preset(String name, int latentSize, int[] generatorWidths, int[] discriminatorWidths, int batchSize,
                     double generatorLearningRate, double discriminatorLearningRate, double beta1, double leakySlope,
                     int codeValues, double codeWeight, double clusterWeight, int discriminatorHidden,
                     double averageDecay, boolean conditional) {

    public static final String REFERENCE = "reference";
    public static final String CLASSROOM = "classroom";
    public static final String CONDITIONAL = "conditional";

    /**
     * Exactly the network of {@code shared/bench/reference_dcgan.py}, so speed and quality compare with
     * PyTorch side by side: G Linear(100, 7*7*128) BN LeakyReLU | ConvT(128, 64, 4, s2, p1) BN LeakyReLU |
     * ConvT(64, 1, 4, s2, p1) tanh; D Conv(1, 64, 4, s2, p1) LeakyReLU | Conv(64, 128, 4, s2, p1)
     * LeakyReLU | Linear(6272, 1) sigmoid; BCE, Adam(2e-4, 0.5, 0.999), batch 64.
     */
    public static Preset reference() {
        return new Preset(REFERENCE, 100, new int[] {128, 64}, new int[] {64, 128}, 64, 2e-4, 2e-4, 0.5, 0.2);
    }

    /**
     * The app's classroom recipe, chosen by measuring the judge's score after 30, 60, 120 and 300 s of
     * training on the 2-core machine (docs/performance.md, "Tuning the classroom preset"): half the
     * reference's widths, batch 32 and learning rate 1e-3 for both networks (small batches at a high rate
     * give the most generator updates per second), plus additions that only work together:
     * <ul>
     *   <li>a 10-valued InfoGAN code: D must also tell which code value made a fake, and G is rewarded for
     *       making that readable, so G is pushed to draw ten clearly different kinds of picture; no labels
     *       are used, the code values come to mean digits on their own;</li>
     *   <li>D's code guesser also sorts the real images into the ten values, confidently and using every
     *       value equally often (weight 3), so each value stands for one kind of real image and two values
     *       can no longer settle on the same digit while another digit has none;</li>
     *   <li>a 256-wide hidden layer in D's head, so D judges how strokes are arranged across the whole
     *       picture, not only whether each patch looks like stroke;</li>
     *   <li>pictures drawn by a running average of G's weights (decay 0.999), which smooths out the
     *       step-to-step jitter of a high learning rate.</li>
     * </ul>
     * The code alone or the hidden layer alone scored within run-to-run noise of the plain recipe (~0.55 of
     * fakes recognised at 120 s); together 0.70-0.86 over five seeds (mean 0.78), and with the reals sorted
     * too 0.76-0.84 (mean 0.81, every seed 8 to 10 digits). Wider networks, other batch sizes and rates, label smoothing, BatchNorm in D, truncated
     * noise, other losses, 20 code values and code weight 2 did not help (performance.md, rounds one to five).
     */
    public static Preset classroom() {
        return new Preset(CLASSROOM, 64, new int[] {64, 32}, new int[] {32, 64}, 32, 1e-3, 1e-3, 0.5, 0.2,
                10, 1.0, 3.0, 256, 0.999);
    }

    /**
     * The classroom recipe made conditional: the ten code values are the ten classes of the images'
     * labels (digits 0-9, or the ten kinds of clothes), so a student can ask for a 7 and get one. Same
     * networks, batch, rates, hidden layer and weight average as the classroom preset; no InfoGAN term and
     * no sorting of the reals (the labels already say which is which).
     */
    public static Preset classroomConditional() {
        return new Preset(CONDITIONAL, 64, new int[] {64, 32}, new int[] {32, 64}, 32, 1e-3, 1e-3, 0.5, 0.2,
                10, 0, 0, 256, 0.999, true);
    }

    /** An unconditional recipe (everything but the last component). */
    public Preset(String name, int latentSize, int[] generatorWidths, int[] discriminatorWidths, int batchSize,
                  double generatorLearningRate, double discriminatorLearningRate, double beta1, double leakySlope,
                  int codeValues, double codeWeight, double clusterWeight, int discriminatorHidden,
                  double averageDecay) {
        this(name, latentSize, generatorWidths, discriminatorWidths, batchSize, generatorLearningRate,
                discriminatorLearningRate, beta1, leakySlope, codeValues, codeWeight, clusterWeight,
                discriminatorHidden, averageDecay, false);
    }

    /** A plain DCGAN recipe: no code, no hidden layer in D, pictures from G's live weights. */
    public Preset(String name, int latentSize, int[] generatorWidths, int[] discriminatorWidths, int batchSize,
                  double generatorLearningRate, double discriminatorLearningRate, double beta1, double leakySlope) {
        this(name, latentSize, generatorWidths, discriminatorWidths, batchSize, generatorLearningRate,
                discriminatorLearningRate, beta1, leakySlope, 0, 0, 0, 0, 0, false);
    }

    public static List<String> names() {
        return List.of(CLASSROOM, REFERENCE, CONDITIONAL);
    }

    public static Optional<Preset> byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case REFERENCE -> Optional.of(reference());
            case CLASSROOM -> Optional.of(classroom());
            case CONDITIONAL -> Optional.of(classroomConditional());
            default -> Optional.empty();
        };
    }

    /**
     * Limits far above any recipe this app trains (the reference is 128 wide with z of 100), so that a
     * preset read from an edited checkpoint cannot ask for gigabytes before a single weight is read.
     */
    static final int MAX_WIDTH = 512;
    static final int MAX_LATENT = 1024;
    static final int MAX_CODE_VALUES = 100;
    static final int MAX_HIDDEN = 4096;
    static final int MAX_BATCH = 1024;
    static final long MAX_PARAMETERS = 8_000_000;

    public Preset {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a preset needs a name");
        }
        generatorWidths = generatorWidths.clone();
        discriminatorWidths = discriminatorWidths.clone();
        if (generatorWidths.length != 2 || discriminatorWidths.length != 2) {
            throw new IllegalArgumentException("a preset has two generator and two discriminator widths");
        }
        if (latentSize < 1 || batchSize < 1 || !(generatorLearningRate > 0) || !(discriminatorLearningRate > 0)) {
            throw new IllegalArgumentException("latent size, batch size and learning rates must be positive");
        }
        for (int width : new int[] {generatorWidths[0], generatorWidths[1], discriminatorWidths[0], discriminatorWidths[1]}) {
            if (width < 1 || width > MAX_WIDTH) {
                throw new IllegalArgumentException("network widths must be between 1 and " + MAX_WIDTH);
            }
        }
        if (latentSize > MAX_LATENT || batchSize > MAX_BATCH || codeValues > MAX_CODE_VALUES
                || discriminatorHidden > MAX_HIDDEN) {
            throw new IllegalArgumentException("a preset allows z up to " + MAX_LATENT + ", batch up to " + MAX_BATCH
                    + ", up to " + MAX_CODE_VALUES + " code values and a hidden layer up to " + MAX_HIDDEN);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(leakySlope >= 0 && leakySlope < 1)
                || !Double.isFinite(generatorLearningRate) || !Double.isFinite(discriminatorLearningRate)
                || !Double.isFinite(codeWeight) || !Double.isFinite(clusterWeight)) {
            throw new IllegalArgumentException("beta1 and the LeakyReLU slope lie in [0, 1); rates and weights are finite");
        }
        if (conditional && (codeValues < 2 || codeWeight != 0 || clusterWeight != 0)) {
            throw new IllegalArgumentException("a conditional preset has one code value per class (at least 2),"
                    + " and no InfoGAN or clustering weight");
        }
        if (!conditional && (codeValues < 0 || codeValues == 1 || discriminatorHidden < 0 || codeWeight < 0
                || (codeValues > 0) != (codeWeight > 0))) {
            throw new IllegalArgumentException("a code has at least 2 values and a positive weight, or neither");
        }
        if (clusterWeight < 0 || (clusterWeight > 0 && codeValues == 0)) {
            throw new IllegalArgumentException("clustering the real images needs a code and a weight of 0 or more");
        }
        if (!(averageDecay >= 0 && averageDecay < 1)) {
            throw new IllegalArgumentException("the weight average's decay is 0 (off) or between 0 and 1");
        }
        long parameters = parameterCount(latentSize + codeValues, generatorWidths, discriminatorWidths,
                discriminatorHidden, 1 + codeValues);
        if (parameters > MAX_PARAMETERS) {
            throw new IllegalArgumentException("a preset of " + parameters + " weights is larger than this app trains (at most "
                    + MAX_PARAMETERS + ")");
        }
    }

    /** G's and D's weights together (4x4 kernels, 7x7 and 14x14 stages), counted without building them. */
    private static long parameterCount(int input, int[] g, int[] d, int hidden, int outputs) {
        long generator = (long) input * 49 * g[0] + 16L * g[0] * g[1] + 16L * g[1];
        long discriminator = 16L * d[0] + 16L * d[0] * d[1]
                + (hidden > 0 ? 49L * d[1] * hidden + (long) hidden * outputs : 49L * d[1] * outputs);
        return generator + discriminator;
    }

    /** G's input: the noise z, then the one-hot code. */
    public int generatorInputSize() {
        return latentSize + codeValues;
    }

    /** D's outputs: the realness logit, then one logit per code value. */
    public int discriminatorOutputs() {
        return 1 + codeValues;
    }

    /**
     * Whether G's step learns from the fakes the D step has just drawn (and D has just seen), as PyTorch's
     * DCGAN example does, instead of from fresh noise, as the paper's Algorithm 1 and
     * {@code shared/bench/reference_dcgan.py} do. The classroom recipe does: it saves one pass through G
     * (4% more steps per second in three alternating {@code bench} pairs here), and scored the same as fresh
     * noise at equal step counts over five seeds (docs/performance.md, "Sixth round"). The plain DCGAN keeps fresh noise, so that it stays step for
     * step the PyTorch reference it is benchmarked against.
     */
    public boolean reusesFakes() {
        return !isPlainDcgan();
    }

    /** True for the DCGAN of the paper and the PyTorch reference (what the DL4J comparison engine builds). */
    public boolean isPlainDcgan() {
        return codeValues == 0 && clusterWeight == 0 && discriminatorHidden == 0 && averageDecay == 0 && !conditional;
    }

    @Override
    public int[] generatorWidths() {
        return generatorWidths.clone();
    }

    @Override
    public int[] discriminatorWidths() {
        return discriminatorWidths.clone();
    }

    /** Sets both learning rates (the command line's and the panel's single "learning rate"). */
    public Preset withLearningRate(double rate) {
        return new Preset(name, latentSize, generatorWidths, discriminatorWidths, batchSize, rate, rate, beta1,
                leakySlope, codeValues, codeWeight, clusterWeight, discriminatorHidden, averageDecay, conditional);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Preset p && name.equals(p.name) && latentSize == p.latentSize
                && java.util.Arrays.equals(generatorWidths, p.generatorWidths)
                && java.util.Arrays.equals(discriminatorWidths, p.discriminatorWidths) && batchSize == p.batchSize
                && generatorLearningRate == p.generatorLearningRate
                && discriminatorLearningRate == p.discriminatorLearningRate && beta1 == p.beta1
                && leakySlope == p.leakySlope && codeValues == p.codeValues && codeWeight == p.codeWeight
                && clusterWeight == p.clusterWeight && discriminatorHidden == p.discriminatorHidden && averageDecay == p.averageDecay
                && conditional == p.conditional;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, latentSize, java.util.Arrays.hashCode(generatorWidths),
                java.util.Arrays.hashCode(discriminatorWidths), batchSize, generatorLearningRate,
                discriminatorLearningRate, beta1, leakySlope, codeValues, codeWeight, clusterWeight,
                discriminatorHidden, averageDecay, conditional);
    }

    /**
     * The recipe in the language the command line speaks ({@code train}'s first line), numbers written
     * the language's way; {@link #toString()} stays English for logs and checkpoints' diagnostics.
     */
    public String summary() {
        java.text.NumberFormat numbers = java.text.NumberFormat.getInstance(org.ganclassroom.text.Messages.locale());
        numbers.setMaximumFractionDigits(6);
        numbers.setMinimumFractionDigits(0);
        StringBuilder extras = new StringBuilder();
        if (conditional) {
            extras.append(org.ganclassroom.text.Messages.get("preset.summary.conditional", codeValues));
        } else if (codeValues > 0) {
            extras.append(org.ganclassroom.text.Messages.get("preset.summary.code", codeValues,
                    numbers.format(codeWeight)));
        }
        if (clusterWeight > 0) {
            extras.append(org.ganclassroom.text.Messages.get("preset.summary.clusters", numbers.format(clusterWeight)));
        }
        if (discriminatorHidden > 0) {
            extras.append(org.ganclassroom.text.Messages.get("preset.summary.dHidden", discriminatorHidden));
        }
        if (averageDecay > 0) {
            extras.append(org.ganclassroom.text.Messages.get("preset.summary.average", numbers.format(averageDecay)));
        }
        return org.ganclassroom.text.Messages.get("preset.summary", name, latentSize,
                generatorWidths[0] + "/" + generatorWidths[1], discriminatorWidths[0] + "/" + discriminatorWidths[1],
                batchSize, numbers.format(generatorLearningRate), numbers.format(discriminatorLearningRate), extras);
    }

    @Override
    public String toString() {
        return name + " (z " + latentSize + ", G " + generatorWidths[0] + "/" + generatorWidths[1] + ", D "
                + discriminatorWidths[0] + "/" + discriminatorWidths[1] + ", batch " + batchSize + ", lr G "
                + generatorLearningRate + " D " + discriminatorLearningRate
                + (conditional ? ", conditional on " + codeValues + " classes"
                        : codeValues > 0 ? ", code " + codeValues + " x " + codeWeight : "")
                + (clusterWeight > 0 ? ", clusters reals x " + clusterWeight : "")
                + (discriminatorHidden > 0 ? ", D hidden " + discriminatorHidden : "")
                + (averageDecay > 0 ? ", G average " + averageDecay : "") + ")";
    }
}
