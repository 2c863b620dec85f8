package org.ganclassroom.quiz;

import org.ganclassroom.gan.GanTrainer;

/** Forgeries from the generator the class is training right now, judged by its own discriminator. */
public final class TrainerForgers implements Forgers {

    private final GanTrainer trainer;

    public TrainerForgers(GanTrainer trainer) {
        this.trainer = trainer;
    }

    @Override
    public String description() {
        return String.format(java.util.Locale.ROOT, "the generator trained in the training panel (step %,d)",
                trainer.latest().step());
    }

    @Override
    public boolean live() {
        return true;
    }

    @Override
    public java.util.List<Long> steps() {
        return java.util.List.of(trainer.latest().step());
    }

    @Override
    public float[] forge(int count, long seed) {
        return trainer.withModel(model -> model.generate(count, seed));
    }

    @Override
    public double[] judge(float[] images, int count) {
        return trainer.withModel(model -> model.discriminate(images, count));
    }
}
