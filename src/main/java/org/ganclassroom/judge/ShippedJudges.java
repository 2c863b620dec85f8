package org.ganclassroom.judge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The judges that ship with the app: sample-data/judge/&lt;dataset&gt;-judge.zip for mnist and fashion. */
public final class ShippedJudges {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedJudges.class);

    private ShippedJudges() {
    }

    /** The file a dataset's judge would be in (it may not exist: a folder of the instructor's images has none). */
    public static Path fileFor(Path sampleData, String dataset) {
        return sampleData.resolve("judge").resolve(dataset + "-judge.zip");
    }

    /**
     * The judge for {@code dataset}, or empty when there is none or it cannot be read (the dock then says
     * that the recognised share is not shown; training goes on). Slow the first time: it starts ND4J.
     */
    public static Optional<Judge> forDataset(Path sampleData, String dataset) {
        Path file = fileFor(sampleData, dataset);
        if (dataset.contains("/") || dataset.contains("\\") || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Judge.load(file));
        } catch (IOException unreadable) {
            LOG.warn("The judge could not be loaded: {}", unreadable.getMessage());
            return Optional.empty();
        }
    }
}
