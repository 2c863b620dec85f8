package org.ganclassroom.ui.classmode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.ganclassroom.classmode.RoomCheck;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.SampleGrid;
import org.ganclassroom.quiz.CheckpointForgers;
import org.ganclassroom.quiz.FakeOrRealRound;
import org.ganclassroom.quiz.Forgers;
import org.ganclassroom.quiz.TrainerForgers;
import org.ganclassroom.ui.Texts;

/**
 * Fake-or-Real questions for the whole room: a real test digit or a fake, by a coin toss, with the
 * discriminator's verdict on it for the reveal. The fakes come from the generator the class is training
 * once it has trained a little (200 steps), else from the shipped generators, as the Fake-or-Real lesson.
 */
final class FakeOrRealChecks implements ClassWindow.PictureChecks {

    /** Below this many steps the live generator draws noise: the room would spot every fake. */
    static final long LIVE_AFTER_STEPS = 200;

    private final Supplier<Optional<GanTrainer>> trainer;
    private final Datasets datasets;
    private long seed = System.nanoTime();

    FakeOrRealChecks(Supplier<Optional<GanTrainer>> trainer, Datasets datasets) {
        this.trainer = trainer;
        this.datasets = datasets;
    }

    @Override
    public RoomCheck next() throws Exception {
        Optional<GanTrainer> live = trainer.get().filter(t -> t.latest().step() >= LIVE_AFTER_STEPS
                && t.state() != GanTrainer.State.CLOSED && Datasets.MNIST.equals(t.datasetName())
                && !t.latest().presetName().equals(org.ganclassroom.gan.Preset.CONDITIONAL));
        Forgers forgers = live.isPresent() ? new TrainerForgers(live.get())
                : CheckpointForgers.load(datasets.sampleDataFolder().resolve("checkpoints"), Datasets.MNIST);
        FakeOrRealRound round = FakeOrRealRound.build(1, false, seed++, datasets.test(Datasets.MNIST), forgers);
        FakeOrRealRound.Item item = round.questions().get(0).first();
        String explanation = item.real() ? Texts.get("class.pictureReal")
                : live.isPresent() ? Texts.get("class.pictureFakeLive", String.format(Texts.locale(), "%,d",
                        round.forgerSteps().get(0)))
                : Texts.get("class.pictureFakeShipped");
        return new RoomCheck("fake-or-real", Texts.get("class.pictureQuestion"),
                List.of(Texts.get("fr.fake"), Texts.get("fr.real")), item.real() ? 1 : 0, explanation,
                png(item.pixels()), item.discriminatorScore());
    }

    /** A 28x28 picture (values -1..1) as PNG bytes, white strokes on black as MNIST. */
    static byte[] png(float[] pixels) throws IOException {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        byte[] gray = new byte[28 * 28];
        for (int p = 0; p < gray.length; p++) {
            gray[p] = SampleGrid.toByte(pixels[p]);
        }
        image.getRaster().setDataElements(0, 0, 28, 28, gray);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
