package org.ganclassroom.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganclassroom.data.DatasetException;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.data.ImageSet;
import org.ganclassroom.judge.Judge;
import org.ganclassroom.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train-judge}: trains the classifier that scores the generator's fakes, and reports test accuracy. */
@Command(name = "train-judge", mixinStandardHelpOptions = true)
public final class TrainJudgeCommand implements Callable<Integer> {

    @Option(names = "--dataset", required = true, paramLabel = "mnist|fashion")
    private String dataset;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    private Path out;

    @Option(names = "--epochs", defaultValue = "1")
    private int epochs;

    @Option(names = "--seed", defaultValue = "1")
    private long seed;

    @Override
    public Integer call() throws DatasetException, IOException {
        Presets.requireShippedDataset("--dataset", dataset);
        if (epochs < 1 || epochs > 100) {
            throw new UsageException(Messages.get("cli.trainJudge.epochs"));
        }
        Datasets datasets = Datasets.shipped();
        ImageSet train = datasets.training(dataset);
        ImageSet test = datasets.test(dataset);
        Judge judge = Judge.untrained(seed);
        long start = System.nanoTime();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int current = epoch;
            long[] lastReport = {System.nanoTime()};
            judge.trainEpoch(train, 64, seed + epoch, seen -> {
                if (System.nanoTime() - lastReport[0] > 10_000_000_000L) {
                    lastReport[0] = System.nanoTime();
                    System.err.println("train-judge: " + Messages.get("cli.trainJudge.progress", current,
                            Messages.number(seen), Messages.number(train.count())));
                }
            });
            System.err.println("train-judge: " + Messages.get("cli.trainJudge.epochDone", epoch,
                    Messages.number(Math.round((System.nanoTime() - start) / 1e9)),
                    Messages.decimal(judge.accuracy(test), 4)));
        }
        judge.save(out);
        // stdout is for scripts: the same words and Locale.ROOT numbers whatever --lang says
        System.out.printf(Locale.ROOT, "test accuracy: %.4f (%d %s test images)%n", judge.accuracy(test), test.count(),
                dataset);
        return 0;
    }
}
