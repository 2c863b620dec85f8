package org.ganclassroom.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.ganclassroom.gan.Checkpoint;
import org.ganclassroom.gan.CheckpointException;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.SampleGrid;
import org.ganclassroom.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sample}: N single 28x28 grayscale PNGs from a checkpoint's generator, white on black as MNIST. Its
 * sentence follows --lang; the file names do not (Locale.ROOT digits, for scripts).
 */
@Command(name = "sample", mixinStandardHelpOptions = true)
public final class SampleCommand implements Callable<Integer> {

    private static final int SIDE = 28;

    @Option(names = "--checkpoint", required = true, paramLabel = "FILE")
    private Path checkpoint;

    @Option(names = "--count", required = true, paramLabel = "N")
    private int count;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    private Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "K")
    private long seed;

    @Option(names = "--label", paramLabel = "K")
    private Integer label;

    @Override
    public Integer call() throws CheckpointException, IOException {
        if (count < 1 || count > 100_000) {
            throw new UsageException(Messages.get("cli.countRange"));
        }
        GanModel model = Checkpoint.load(checkpoint);
        if (label != null && !model.preset().conditional()) {
            throw new UsageException(Messages.get("cli.sample.labelNeedsConditional", model.preset().name()));
        }
        if (label != null && (label < 0 || label >= model.preset().codeValues())) {
            throw new UsageException(Messages.get("cli.sample.labelRange", model.preset().codeValues() - 1));
        }
        Files.createDirectories(out);
        int written = 0;
        while (written < count) {
            int batch = Math.min(256, count - written);
            long batchSeed = seed * 1_000_003L + written;
            float[] images = label == null ? model.generate(batch, batchSeed) : model.generate(batch, batchSeed, label);
            for (int i = 0; i < batch; i++) {
                BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
                byte[] pixels = new byte[SIDE * SIDE];
                for (int p = 0; p < pixels.length; p++) {
                    pixels[p] = SampleGrid.toByte(images[i * pixels.length + p]);
                }
                image.getRaster().setDataElements(0, 0, SIDE, SIDE, pixels);
                ImageIO.write(image, "png", out.resolve(String.format(java.util.Locale.ROOT, "sample-%04d.png", written + i)).toFile());
            }
            written += batch;
        }
        String images = Messages.count("cli.images", count);
        String step = Messages.number(model.step());
        System.err.println("sample: " + (label == null
                ? Messages.get("cli.sample.done", images, step, model.preset().name(), out.toAbsolutePath())
                : Messages.get("cli.sample.doneClass", images, label, step, model.preset().name(), out.toAbsolutePath())));
        return 0;
    }
}
