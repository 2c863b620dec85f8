package org.ganclassroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** train, resume and sample from the command line, on tiny budgets. */
class TrainCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = GanClassroomCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(out, true));
        return commandLine.execute(args);
    }

    @Test
    void checkpointsAtChosenSecondsThenTheJudgeScoresThem() throws Exception {
        Path run = dir.resolve("timed");
        assertEquals(0, run("train", "--dataset", "mnist", "--seconds", "1.5", "--batch", "8",
                "--checkpoint-at", "0.5,1", "--out", run.toString()), err::toString);
        assertTrue(Files.isRegularFile(run.resolve("checkpoint-0.5s.zip")));
        assertTrue(Files.isRegularFile(run.resolve("checkpoint-1s.zip")));

        long slim = sizeOfTwoStepCheckpointThatResumes("slim", "--without-optimizer-state");
        assertTrue(slim * 2 < Files.size(run.resolve("checkpoint-1s.zip")),
                "a checkpoint without Adam's moments is about a third of the size");
        long compact = sizeOfTwoStepCheckpointThatResumes("compact", "--compact");
        assertTrue(compact * 3 < slim, "8-bit weights: about a quarter of the size without Adam's moments");

        assertEquals(0, run("evaluate", "--checkpoint", run.resolve("checkpoint-1s.zip").toString(), "--count", "16"),
                err::toString);
        // the judge's score, then how far the 16 fakes are from 2,000 real test digits and how close they come to a
        // training image, beside how close real test digits come (the copy check's yardstick)
        assertTrue(out.toString().matches("(?s)recognizable=\\d\\.\\d\\d classes=\\d+ entropy_bits=\\d\\.\\d\\d\\s*"
                + "frechet_distance=\\d+\\.\\d\\d fakes=16 reals=2000 features=judge-500\\s*"
                + "copy_nearest_min=\\d\\.\\d{3} copy_nearest_median=\\d\\.\\d{3} test_nearest_median=0\\.\\d{3}\\s*"),
                out.toString());
    }

    /** Trains 2 steps saving with {@code storageFlag}, resumes 1 step from that file; returns its size. */
    private long sizeOfTwoStepCheckpointThatResumes(String name, String storageFlag) throws Exception {
        Path folder = dir.resolve(name);
        assertEquals(0, run("train", "--dataset", "mnist", "--steps", "2", "--batch", "8", storageFlag,
                "--out", folder.toString()), err::toString);
        long size = Files.size(folder.resolve("checkpoint.zip"));
        assertEquals(0, run("train", "--dataset", "mnist", "--steps", "1", "--batch", "8", "--out", folder.toString(),
                "--resume", folder.resolve("checkpoint.zip").toString()), err::toString);
        return size;
    }

    @Test
    void aResumedRunsCheckpointCarriesTheWholeRunsCurvesTimeLapseAndClock() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(0, run("train", "--dataset", "mnist", "--steps", "4", "--batch", "8", "--grid-every", "2",
                "--out", first.toString()), err::toString);
        org.ganclassroom.gan.RunHistory before = org.ganclassroom.gan.Checkpoint.history(first.resolve("checkpoint.zip"));
        assertEquals(4, before.points().size(), "a point a step");
        assertEquals(java.util.List.of(2L, 4L),
                before.frames().stream().map(org.ganclassroom.gan.SampleGrid::step).toList(), "a grid every 2 steps");
        assertTrue(before.elapsedMillis() > 0);

        assertEquals(0, run("train", "--dataset", "mnist", "--steps", "3", "--batch", "8", "--grid-every", "2",
                "--resume", first.resolve("checkpoint.zip").toString(), "--out", second.toString()), err::toString);
        org.ganclassroom.gan.RunHistory after = org.ganclassroom.gan.Checkpoint.history(second.resolve("checkpoint.zip"));
        assertEquals(7, after.points().size(), "the resumed run's curves go on from the first's");
        assertEquals(java.util.List.of(2L, 4L, 6L, 7L),
                after.frames().stream().map(org.ganclassroom.gan.SampleGrid::step).toList());
        assertTrue(after.elapsedMillis() > before.elapsedMillis(), "and so does its clock");
    }

    @Test
    void evaluateScoresAFolderOfImagesAndRealDigitsAreRecognised() throws Exception {
        var test = new org.ganclassroom.data.Datasets(Path.of("sample-data")).test("mnist");
        Path images = Files.createDirectories(dir.resolve("real"));
        for (int i = 0; i < 40; i++) {
            BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            image.getRaster().setDataElements(0, 0, 28, 28,
                    java.util.Arrays.copyOfRange(test.pixels(), i * 784, (i + 1) * 784));
            ImageIO.write(image, "png", images.resolve(String.format("%04d.png", i)).toFile());
        }
        assertEquals(0, run("evaluate", "--images", images.toString()), err::toString);
        double recognizable = Double.parseDouble(out.toString().replaceAll("(?s)recognizable=([0-9.]+).*", "$1"));
        assertTrue(recognizable >= 0.9, "real test digits: " + out);

        out.getBuffer().setLength(0);
        assertEquals(0, run("evaluate", "--images", images.toString(), "--histogram"), err::toString);
        String histogram = out.toString().lines().filter(l -> l.startsWith("histogram=")).findFirst().orElseThrow();
        int[] counts = java.util.Arrays.stream(histogram.substring("histogram=".length()).trim().split(" "))
                .mapToInt(entry -> Integer.parseInt(entry.split(":")[1])).toArray();
        assertEquals(10, counts.length, histogram);
        // the first 40 test digits hold all ten digits; a judge that recognises 90% of them sees at least 9
        assertEquals(Math.round(recognizable * 40), java.util.Arrays.stream(counts).sum(), histogram);
        assertTrue(java.util.Arrays.stream(counts).filter(n -> n > 0).count() >= 9, histogram);

        assertEquals(2, run("evaluate", "--images", images.toString(), "--checkpoint", "x.zip"));
    }

    @Test
    void trainWritesMetricsGridsAndACheckpointThenResumesAndSamples() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, run("train", "--dataset", "mnist", "--preset", "classroom", "--steps", "4", "--batch", "8",
                "--grid-every", "2", "--seed", "3", "--out", out.toString()), err::toString);

        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals("step,elapsed_ms,d_loss,g_loss,d_real,d_fake", metrics.get(0));
        assertEquals(5, metrics.size());
        assertTrue(metrics.get(4).startsWith("4,"), metrics.get(4));
        assertTrue(Files.isRegularFile(out.resolve("grid-000002.png")));
        assertTrue(Files.isRegularFile(out.resolve("grid-000004.png")));
        BufferedImage grid = ImageIO.read(out.resolve("grid-000004.png").toFile());
        assertEquals(10 * 30 + 2, grid.getWidth(), "one column per value of the classroom preset's 10-valued code");

        assertEquals(0, run("train", "--dataset", "mnist", "--steps", "1", "--batch", "8", "--out", out.toString(),
                "--resume", out.resolve("checkpoint.zip").toString()), err::toString);
        metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertTrue(metrics.get(metrics.size() - 1).startsWith("5,"), "resumed at step 5: " + metrics);

        Path samples = dir.resolve("samples");
        assertEquals(0, run("sample", "--checkpoint", out.resolve("checkpoint.zip").toString(), "--count", "3",
                "--out", samples.toString()), err::toString);
        BufferedImage sample = ImageIO.read(samples.resolve("sample-0002.png").toFile());
        assertEquals(28, sample.getWidth());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, sample.getType());
    }

    @Test
    void badDatasetPathIsOneLineAndExitOne() {
        assertEquals(1, run("train", "--dataset", dir.resolve("no-such-folder").toString(), "--steps", "1",
                "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().startsWith("train: unknown dataset"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void corruptCheckpointIsOneLineAndExitOne() throws Exception {
        Path bogus = Files.writeString(dir.resolve("checkpoint.zip"), "garbage");
        assertEquals(1, run("sample", "--checkpoint", bogus.toString(), "--count", "1", "--out", dir.toString()));
        assertTrue(err.toString().startsWith("sample: "), err.toString());
        assertTrue(err.toString().contains("not a GAN Classroom checkpoint"), err.toString());
    }

    @Test
    void unknownPresetIsAUsageError() {
        assertEquals(2, run("train", "--dataset", "mnist", "--preset", "huge", "--steps", "1", "--out", dir.toString()));
        assertTrue(err.toString().contains("unknown preset 'huge'"), err.toString());
    }

    @Test
    void aConditionalGeneratorDrawsTheClassAskedForAndEveryMistakeIsOneSentence() throws Exception {
        Path run = dir.resolve("conditional");
        assertEquals(0, run("train", "--dataset", "mnist", "--preset", "conditional", "--steps", "2", "--out",
                run.toString()), err::toString);
        Path checkpoint = run.resolve("checkpoint.zip");
        Path sevens = dir.resolve("sevens");
        assertEquals(0, run("sample", "--checkpoint", checkpoint.toString(), "--count", "3", "--label", "7",
                "--out", sevens.toString()), err::toString);
        assertEquals(3, Files.list(sevens).count());

        assertEquals(0, run("evaluate", "--checkpoint", checkpoint.toString(), "--count", "20"), err::toString);
        assertTrue(out.toString().contains("label_agreement="), out.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("sample", "--checkpoint", checkpoint.toString(), "--count", "1", "--label", "12",
                "--out", sevens.toString()));
        assertTrue(err.toString().contains("--label must be a class from 0 to 9"), err.toString());

        Path plain = dir.resolve("plain");
        assertEquals(0, run("train", "--dataset", "mnist", "--steps", "1", "--batch", "8", "--out", plain.toString()),
                err::toString);
        err.getBuffer().setLength(0);
        assertEquals(2, run("sample", "--checkpoint", plain.resolve("checkpoint.zip").toString(), "--count", "1",
                "--label", "3", "--out", sevens.toString()));
        assertTrue(err.toString().contains("--label needs a conditional generator"), err.toString());
    }

    @Test
    void theConditionalPresetRefusesAFolderWithoutLabels() throws Exception {
        Path images = Files.createDirectories(dir.resolve("unlabelled"));
        for (int i = 0; i < 4; i++) {
            ImageIO.write(new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY), "png",
                    images.resolve(i + ".png").toFile());
        }
        int code = run("train", "--dataset", images.toString(), "--preset", "conditional", "--steps", "1", "--out",
                dir.resolve("o").toString());
        assertEquals(2, code, "a preset that cannot learn from these images is a usage error");
        assertTrue(err.toString().startsWith("train: the conditional preset learns to draw the class it is asked for,"
                + " so it needs labelled images"), err.toString());
    }

    @Test
    void classBenchCountsEveryAnswerOnce() {
        assertEquals(0, run("class-bench", "--students", "6", "--checks", "3", "--pause-ms", "0"), err::toString);
    }
}
