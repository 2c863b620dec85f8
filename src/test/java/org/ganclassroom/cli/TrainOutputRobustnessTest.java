package org.ganclassroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Re-runs, resumes, two writers and links in {@code --out} (docs/robustness.md): nothing is lost, nothing
 * is written twice, nothing outside the folder is touched.
 */
class TrainOutputRobustnessTest {

    @TempDir
    Path dir;

    private StringWriter err = new StringWriter();

    private int run(String... args) {
        err = new StringWriter();
        CommandLine commandLine = GanClassroomCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    private int train(Path out, int steps, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("train", "--dataset", "mnist", "--steps",
                String.valueOf(steps), "--batch", "8", "--grid-every", "1000", "--out", out.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void aReRunThatDiesEarlyLeavesTheOldRunsMetricsAndCheckpoint() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, train(out, 3), err::toString);
        byte[] metrics = Files.readAllBytes(out.resolve("metrics.csv"));
        byte[] checkpoint = Files.readAllBytes(out.resolve("checkpoint.zip"));

        // a second run that never reaches its end (killed): it wrote rows, but saved nothing
        try (TrainingOutput second = TrainingOutput.open(out)) {
            var rows = second.startMetrics(TrainCommand.METRICS_HEADER, 0);
            rows.write("1,5,0.1,0.2,0.3,0.4\n");
        }

        assertTrue(java.util.Arrays.equals(metrics, Files.readAllBytes(out.resolve("metrics.csv"))));
        assertTrue(java.util.Arrays.equals(checkpoint, Files.readAllBytes(out.resolve("checkpoint.zip"))));
        assertTrue(Files.readString(out.resolve("metrics.csv.partial")).contains("1,5,0.1"));
    }

    @Test
    void aResumeWritesOneHeaderFirstFileWithEachStepOnce() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, train(out, 4), err::toString);
        // what a run killed after its last checkpoint left: rows past step 4, a stray header, garbage
        Files.writeString(out.resolve("metrics.csv"), "5,1,0.1,0.2,0.3,0.4\n6,1,0.1,0.2,0.3,0.4\n"
                + TrainCommand.METRICS_HEADER + "\n\u0000garbage\n" + "x".repeat(5000) + "\n3,1,0.1,0.2,0.3,0.4\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertEquals(0, train(out, 2, "--resume", out.resolve("checkpoint.zip").toString()), err::toString);

        List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals(TrainCommand.METRICS_HEADER, rows.get(0));
        List<Long> steps = rows.subList(1, rows.size()).stream().map(r -> Long.parseLong(r.split(",")[0])).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), steps, rows::toString);
        assertFalse(Files.exists(out.resolve("metrics.csv.partial")));
    }

    @Test
    void aSecondRunIntoTheSameFolderIsToldAndChangesNothing() throws Exception {
        Path out = dir.resolve("run");
        try (TrainingOutput first = TrainingOutput.open(out)) {
            assertEquals(1, train(out, 1));
            assertTrue(err.toString().contains("another train run is writing to"), err.toString());
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertFalse(Files.exists(out.resolve("checkpoint.zip")));
        }
        assertEquals(0, train(out, 1), "once the first run ends, the folder is free: " + err);
    }

    @Test
    void leftoverTemporaryFilesOfAKilledSaveAreRemoved() throws Exception {
        Path out = Files.createDirectories(dir.resolve("run"));
        Path leftover = Files.write(out.resolve(".checkpoint.zip.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"),
                new byte[1000]);
        Path mine = Files.writeString(out.resolve("notes.tmp"), "the user's own file");
        assertEquals(0, train(out, 1), err::toString);
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(mine));
    }

    @Test
    void aMetricsLinkIsReplacedNotFollowed() throws Exception {
        Path out = Files.createDirectories(dir.resolve("run"));
        Path outside = Files.writeString(dir.resolve("precious.txt"), "do not overwrite");
        Files.createSymbolicLink(out.resolve("metrics.csv"), outside);
        Files.createSymbolicLink(out.resolve("metrics.csv.partial"), outside);
        assertEquals(0, train(out, 2), err::toString);
        assertEquals("do not overwrite", Files.readString(outside));
        assertFalse(Files.isSymbolicLink(out.resolve("metrics.csv")));
        assertTrue(Files.readString(out.resolve("metrics.csv")).startsWith(TrainCommand.METRICS_HEADER));
    }

    @Test
    void impossibleBudgetsAndAFileAsOutGetASentence() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(2, train(file, 1));
        assertTrue(err.toString().contains("is a file; name a folder"), err.toString());
        for (String seconds : new String[] {"1e400", "Infinity", "NaN", "0", "-1"}) {
            assertEquals(2, run("train", "--dataset", "mnist", "--seconds", seconds, "--out", dir.toString()), seconds);
            assertTrue(err.toString().contains("--seconds between 0 and"), err.toString());
        }
    }
}
