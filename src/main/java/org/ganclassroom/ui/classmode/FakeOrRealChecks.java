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
    public RoomCheck next(boolean pair) throws Exception {
        Optional<GanTrainer> live = trainer.get().filter(t -> t.latest().step() >= LIVE_AFTER_STEPS
                && t.state() != GanTrainer.State.CLOSED && t.nativeEngine() && Datasets.MNIST.equals(t.datasetName())
                && !t.latest().presetName().equals(org.ganclassroom.gan.Preset.CONDITIONAL));
        Forgers forgers = live.isPresent() ? new TrainerForgers(live.get())
                : CheckpointForgers.load(datasets.sampleDataFolder().resolve("checkpoints"), Datasets.MNIST);
        FakeOrRealRound round = FakeOrRealRound.build(1, pair, seed++, datasets.test(Datasets.MNIST), forgers);
        FakeOrRealRound.Question question = round.questions().get(0);
        String forger = live.isPresent()
                ? Texts.get(pair ? "class.pairFakeLive" : "class.pictureFakeLive",
                        String.format(Texts.locale(), "%,d", round.forgerSteps().get(0)))
                : Texts.get(pair ? "class.pairFakeShipped" : "class.pictureFakeShipped");
        if (pair) {
            FakeOrRealRound.Item left = question.first();
            FakeOrRealRound.Item right = question.second();
            String explanation = Texts.get(question.realIsFirst() ? "class.pairRealLeft" : "class.pairRealRight")
                    + " " + forger;
            return new RoomCheck("fake-or-real-pair", Texts.get("class.pairQuestion"),
                    List.of(Texts.get("class.left"), Texts.get("class.right")), question.realIsFirst() ? 0 : 1,
                    explanation, png(left.pixels(), right.pixels()),
                    List.of(left.discriminatorScore(), right.discriminatorScore()));
        }
        FakeOrRealRound.Item item = question.first();
        return new RoomCheck("fake-or-real", Texts.get("class.pictureQuestion"),
                List.of(Texts.get("fr.fake"), Texts.get("fr.real")), item.real() ? 1 : 0,
                item.real() ? Texts.get("class.pictureReal") : forger,
                png(item.pixels()), List.of(item.discriminatorScore()));
    }

    /** Gap between a pair's two images, in MNIST pixels: grey, so the phone shows two pictures, not one. */
    static final int PAIR_GAP = 4;

    /**
     * 28x28 pictures (values -1..1) as one PNG, white strokes on black as MNIST, side by side with a grey
     * gap when there are two.
     */
    static byte[] png(float[]... pictures) throws IOException {
        int width = 28 * pictures.length + PAIR_GAP * (pictures.length - 1);
        BufferedImage image = new BufferedImage(width, 28, BufferedImage.TYPE_BYTE_GRAY);
        byte[] gray = new byte[width * 28];
        java.util.Arrays.fill(gray, (byte) 128);
        for (int i = 0; i < pictures.length; i++) {
            int left = i * (28 + PAIR_GAP);
            for (int p = 0; p < 28 * 28; p++) {
                gray[(p / 28) * width + left + p % 28] = SampleGrid.toByte(pictures[i][p]);
            }
        }
        image.getRaster().setDataElements(0, 0, width, 28, gray);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
