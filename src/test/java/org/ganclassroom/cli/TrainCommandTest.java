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

    private int run(String... args) {
        CommandLine commandLine = GanClassroomCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
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
        assertEquals(8 * 30 + 2, grid.getWidth());

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
}
