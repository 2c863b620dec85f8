package org.ganclassroom.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ganclassroom.gan.Checkpoint;
import org.ganclassroom.gan.CheckpointException;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.text.Messages;

/**
 * Forgeries from generator checkpoints shipped in {@code sample-data/checkpoints/}, for classes that have
 * not trained one yet. Fakes take turns between the checkpoints, from the earliest (easy to spot) to the
 * last (hard), and the last checkpoint's discriminator, the most experienced detective, gives the verdicts.
 */
public final class CheckpointForgers implements Forgers {

    private final List<GanModel> models;
    private final String description;

    private CheckpointForgers(List<GanModel> models, String description) {
        this.models = models;
        this.description = description;
    }

    /** In a shipped file's name: a generator that shows mode collapse (sample-data/README.md). */
    public static final String COLLAPSED = "-collapsed";

    /**
     * Loads {@code <dataset>-*.zip} from the folder, in file-name order (name them so early sorts first,
     * e.g. {@code mnist-1-after-1-minute.zip} ... {@code mnist-3-fully-trained.zip}).
     */
    public static CheckpointForgers load(Path folder, String dataset) throws CheckpointException {
        List<Path> files;
        try (Stream<Path> listing = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            // a collapsed generator ships to show a failure (lesson "When GANs fail"), not to forge for the quiz
            files = listing.filter(p -> p.getFileName().toString().startsWith(dataset + "-")
                    && p.getFileName().toString().endsWith(".zip")
                    && !p.getFileName().toString().contains(COLLAPSED)).sorted().toList();
        } catch (IOException unreadable) {
            throw new CheckpointException(Messages.get("forgers.unreadable", folder, unreadable.getMessage()), unreadable);
        }
        if (files.isEmpty()) {
            throw new CheckpointException(Messages.get("forgers.none", dataset, folder));
        }
        List<GanModel> models = new ArrayList<>();
        for (Path file : files) {
            GanModel model = Checkpoint.load(file);
            if (!model.preset().conditional()) { // the quiz's forgers draw any class; a conditional one is asked
                models.add(model);
            }
        }
        if (models.isEmpty()) {
            throw new CheckpointException(Messages.get("forgers.none", dataset, folder));
        }
        String steps = String.join(" and ", models.stream().map(m -> "step " + m.step()).toList());
        return new CheckpointForgers(models, "generators shipped with the app (" + steps + " of training)");
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean live() {
        return false;
    }

    @Override
    public List<Long> steps() {
        return models.stream().map(GanModel::step).toList();
    }

    @Override
    public float[] forge(int count, long seed) {
        float[] images = new float[count * 784];
        for (int i = 0; i < count; i++) {
            GanModel model = models.get(i % models.size());
            System.arraycopy(model.generate(1, seed * 7919 + i), 0, images, i * 784, 784);
        }
        return images;
    }

    @Override
    public double[] judge(float[] images, int count) {
        return models.get(models.size() - 1).discriminate(images, count);
    }
}
