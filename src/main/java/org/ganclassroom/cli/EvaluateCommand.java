package org.ganclassroom.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganclassroom.data.DatasetException;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageFolder;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.gan.Checkpoint;
import org.ganclassroom.gan.CheckpointException;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.judge.Judge;
import org.ganclassroom.judge.JudgeReport;
import org.ganclassroom.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: how many of a generator's fakes the judge recognises, and how varied they are; how far
 * the fakes are from real test images in the judge's eyes (a Fréchet distance); and whether they are copies
 * (each fake's nearest training image, beside how near a real test image usually comes).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true)
public final class EvaluateCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--checkpoint", required = true, paramLabel = "FILE")
        Path checkpoint;

        @Option(names = "--images", required = true, paramLabel = "DIR")
        Path images;
    }

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", defaultValue = "" + org.ganclassroom.judge.FrechetDistance.FAKE_IMAGES, paramLabel = "N")
    private int count;

    @Option(names = "--dataset", defaultValue = "mnist", paramLabel = "mnist|fashion")
    private String dataset;

    @Option(names = "--judge", paramLabel = "FILE")
    private Path judgeFile;

    @Option(names = "--histogram")
    private boolean histogram;

    @Option(names = "--seed", defaultValue = "1")
    private long seed;

    @Override
    public Integer call() throws CheckpointException, DatasetException, IOException {
        if (count < 1 || count > 100_000) {
            throw new UsageException(Messages.get("cli.countRange"));
        }
        Presets.requireShippedDataset("--dataset", dataset);
        Path file = judgeFile != null ? judgeFile
                : org.ganclassroom.judge.ShippedJudges.fileFor(Datasets.shipped().sampleDataFolder(), dataset);
        // What is judged is read first: a missing or damaged checkpoint is said at once, not after the
        // judge's 6-13 s of loading DL4J
        if (source.images != null) {
            // Every image in the folder is judged (--count applies to checkpoints only).
            ImageSet samples = ImageFolder.read(source.images);
            int[] all = java.util.stream.IntStream.range(0, samples.count()).toArray();
            float[] pixels = new float[samples.count() * samples.pixelsPerImage()];
            samples.fillBatch(all, pixels);
            Judge judge = Judge.load(file);
            print(JudgeReport.of(judge.classify(pixels, samples.count())));
            printFidelity(judge, pixels, samples.count());
            return 0;
        }
        GanModel model = Checkpoint.load(source.checkpoint);
        Judge judge = Judge.load(file);
        float[] fakes;
        if (model.preset().conditional()) {
            fakes = printAgreement(model, judge);
        } else {
            fakes = model.generate(count, seed);
            print(JudgeReport.of(judge.classify(fakes, count)));
        }
        printFidelity(judge, fakes, count);
        return 0;
    }

    /** Real test images the Fréchet distance compares fakes with (its figure depends on both counts). */
    static final int REAL_IMAGES = org.ganclassroom.judge.FrechetDistance.REAL_IMAGES;

    /**
     * {@code frechet_distance}: the fakes against {@value #REAL_IMAGES} real test images, by the judge's
     * features; {@code copy_nearest_min} and {@code copy_nearest_median}: how close the fakes come to their
     * nearest training image, and {@code test_nearest_median} the same for {@value
     * org.ganclassroom.judge.CopyCheck#YARDSTICK} real test images, the yardstick (a fake far closer than real
     * digits come is a copy).
     */
    private void printFidelity(Judge judge, float[] fakes, int n) throws DatasetException {
        if (n < 2) {
            return; // a distance between clouds needs two points in each
        }
        Datasets datasets = Datasets.shipped();
        ImageSet test = datasets.test(dataset);
        var reals = org.ganclassroom.judge.FrechetDistance.Gaussian.ofRealImages(judge, test);
        double distance = org.ganclassroom.judge.FrechetDistance.between(reals,
                org.ganclassroom.judge.FrechetDistance.Gaussian.fit(judge.features(fakes, n)));
        var out = spec.commandLine().getOut();
        out.println(String.format(java.util.Locale.ROOT, "frechet_distance=%.2f fakes=%d reals=%d features=judge-%d",
                distance, n, reals.samples(), Judge.FEATURES));
        // the copy check of the lesson "Is it a copy?": the same yardstick, the first 256 real test images
        var copyCheck = org.ganclassroom.judge.CopyCheck.of(datasets.training(dataset), test);
        var fakeMatches = copyCheck.inspect(fakes, n).matches();
        double closest = java.util.Arrays.stream(fakeMatches).mapToDouble(m -> m.nearest()).min().orElse(0);
        out.println(String.format(java.util.Locale.ROOT,
                "copy_nearest_min=%.3f copy_nearest_median=%.3f test_nearest_median=%.3f", closest,
                org.ganclassroom.judge.NearestImages.medianNearest(fakeMatches), copyCheck.yardstickMedian()));
        out.flush();
    }

    /**
     * A conditional generator is asked for each class in turn ({@code count} fakes spread over the classes,
     * the first ones getting one more when it does not divide) and scored as usual, plus
     * {@code label_agreement}: the share of fakes whose top class for the judge is the class asked for.
     */
    private float[] printAgreement(GanModel model, Judge judge) {
        int classes = model.preset().codeValues();
        int pixels = 28 * 28;
        int[] asked = new int[count];
        float[] fakes = new float[count * pixels];
        int at = 0;
        for (int c = 0; c < classes; c++) {
            int n = count / classes + (c < count % classes ? 1 : 0);
            if (n == 0) {
                continue;
            }
            float[] drawn = model.generate(n, seed * 31 + c, c);
            System.arraycopy(drawn, 0, fakes, at * pixels, drawn.length);
            java.util.Arrays.fill(asked, at, at + n, c);
            at += n;
        }
        double[][] probabilities = judge.classify(fakes, count);
        int agree = 0;
        for (int i = 0; i < count; i++) {
            int best = 0;
            for (int k = 1; k < probabilities[i].length; k++) {
                best = probabilities[i][k] > probabilities[i][best] ? k : best;
            }
            agree += best == asked[i] ? 1 : 0;
        }
        print(JudgeReport.of(probabilities));
        spec.commandLine().getOut().println(String.format(java.util.Locale.ROOT,
                "label_agreement=%.2f (%d of %d fakes asked for classes 0-%d in turn)", agree / (double) count, agree,
                count, classes - 1));
        return fakes;
    }

    /**
     * stdout is for scripts: key=value lines in Locale.ROOT, classes by label number, whatever --lang says.
     * The histogram is also said to people on stderr, with the classes' names in the chosen language.
     */
    private void print(JudgeReport report) {
        spec.commandLine().getOut().println(report.line());
        if (histogram) {
            int[] counts = report.histogram();
            spec.commandLine().getOut().println("histogram=" + java.util.stream.IntStream.range(0, counts.length)
                    .mapToObj(c -> c + ":" + counts[c]).collect(java.util.stream.Collectors.joining(" ")));
            java.util.List<String> names = Datasets.classNames(dataset);
            spec.commandLine().getErr().println("evaluate: " + Messages.get("cli.evaluate.classes",
                    java.util.stream.IntStream.range(0, counts.length).mapToObj(c -> Messages.get("cli.evaluate.classCount",
                            c < names.size() ? names.get(c) : String.valueOf(c), Messages.number(counts[c])))
                            .collect(java.util.stream.Collectors.joining(", "))));
            spec.commandLine().getErr().flush();
        }
    }
}
