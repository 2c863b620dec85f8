package org.ganclassroom.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.ganclassroom.storage.AtomicFiles;
import org.ganclassroom.storage.WriterLock;

/**
 * The {@code --out} folder of one {@code train} run, written so that nothing is lost:
 * <ul>
 *   <li>one run at a time: a {@link WriterLock} on {@code .train.lock}; a second run is told in a sentence;</li>
 *   <li>the run's metrics go to {@code metrics.csv.partial} and replace {@code metrics.csv} only together
 *       with the checkpoint they belong to, so a re-run killed after 2 s leaves the old run's metrics and
 *       checkpoint as they were (the partial file shows how far it got);</li>
 *   <li>a resumed run starts its metrics from the old file's rows up to the checkpoint's step, header
 *       first, so steps a killed run wrote after its last checkpoint are not written twice;</li>
 *   <li>a link in the folder is replaced, never followed: a {@code metrics.csv} that links elsewhere
 *       cannot make a run overwrite a file outside {@code --out};</li>
 *   <li>temporary files of a save that a crash interrupted are removed (the lock says no one else is saving).</li>
 * </ul>
 */
final class TrainingOutput implements AutoCloseable {

    static final String METRICS = "metrics.csv";
    static final String PARTIAL = METRICS + ".partial";
    private static final String LOCK = ".train.lock";
    /** A metrics row is under 100 characters; a longer line is not ours and is skipped, not read whole. */
    private static final int MAX_ROW_CHARS = 1000;

    private final Path folder;
    private final WriterLock lock;
    private BufferedWriter metrics;

    private TrainingOutput(Path folder, WriterLock lock) {
        this.folder = folder;
        this.lock = lock;
    }

    static TrainingOutput open(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException(org.ganclassroom.text.Messages.get("cli.outIsFile", folder));
        }
        Files.createDirectories(folder);
        Optional<WriterLock> lock = WriterLock.tryAcquire(folder.resolve(LOCK));
        if (lock.isEmpty()) {
            throw new IOException(org.ganclassroom.text.Messages.get("cli.outBusy", folder));
        }
        TrainingOutput output = new TrainingOutput(folder, lock.get());
        AtomicFiles.removeLeftovers(folder);
        return output;
    }

    Path resolve(String name) {
        return folder.resolve(name);
    }

    /**
     * Starts {@code metrics.csv.partial}: the header, then (resuming at {@code resumedStep}) the old
     * metrics' rows for steps 1..resumedStep, each once.
     */
    BufferedWriter startMetrics(String header, long resumedStep) throws IOException {
        Path partial = folder.resolve(PARTIAL);
        Files.deleteIfExists(partial); // a link is removed itself, not followed
        metrics = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        metrics.write(header + "\n");
        Path old = folder.resolve(METRICS);
        if (resumedStep > 0 && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
            copyRowsUpTo(old, resumedStep, metrics);
        }
        return metrics;
    }

    /** Makes the run's metrics the folder's metrics.csv; call right after saving checkpoint.zip. */
    void publishMetrics() throws IOException {
        metrics.flush();
        Path partial = folder.resolve(PARTIAL);
        try {
            Files.move(partial, folder.resolve(METRICS), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException unsupported) {
            Files.move(partial, folder.resolve(METRICS), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyRowsUpTo(Path old, long lastStep, BufferedWriter to) throws IOException {
        long previous = 0;
        try (Reader in = Files.newBufferedReader(old, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = false;
            int c;
            do {
                c = in.read();
                if (c == '\n' || c == -1) {
                    long step = tooLong ? -1 : stepOf(line);
                    if (step > previous && step <= lastStep) {
                        to.write(line.toString());
                        to.write('\n');
                        previous = step;
                    }
                    line.setLength(0);
                    tooLong = false;
                } else if (line.length() < MAX_ROW_CHARS) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            } while (c != -1);
        } catch (java.nio.charset.MalformedInputException notText) {
            // rows kept so far stand; the rest of a file that is not text is dropped
        }
    }

    /** The step of a metrics row, or -1 for a header, a blank or a garbled line. */
    private static long stepOf(CharSequence row) {
        String text = row.toString().strip();
        int comma = text.indexOf(',');
        if (comma <= 0 || text.split(",", -1).length != 6) {
            return -1;
        }
        try {
            return Long.parseLong(text.substring(0, comma));
        } catch (NumberFormatException notARow) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (metrics != null) {
                metrics.close();
            }
        } finally {
            lock.close();
        }
    }
}
