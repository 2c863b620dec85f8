package org.ganclassroom.dock;

import java.util.Optional;
import org.ganclassroom.data.DatasetException;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.judge.FrechetDistance;
import org.ganclassroom.judge.Judge;

/**
 * The dock's Fréchet distance, measured live: {@value FrechetDistance#FAKE_IMAGES} fakes from the live
 * generator (always the same noise, so the line moves with the generator, not with the draw) against
 * {@value FrechetDistance#REAL_IMAGES} real test images, both as the judge's features. The real images'
 * Gaussian is fitted once per dataset and judge. Runs on the dock's io thread; the fakes are drawn between
 * two training steps (withModel waits for at most one).
 */
final class FidelityMeter {

    /** Wall-clock time between two measurements: a measurement costs ~0.3 s of one core on a laptop. */
    static final long INTERVAL_NANOS = 15_000_000_000L;
    private static final long NOISE_SEED = 7;

    private final Datasets datasets;
    private String realsFor;
    private Judge realsJudge;
    private FrechetDistance.Gaussian reals;

    FidelityMeter(Datasets datasets) {
        this.datasets = datasets;
    }

    /**
     * The distance now, or empty where it cannot be measured: a DL4J run (its networks are not this app's
     * engine), a dataset with no test images (a folder of the instructor's).
     */
    Optional<Double> measure(GanTrainer trainer, Judge judge, String datasetSpec) throws DatasetException {
        if (!trainer.nativeEngine() || !Datasets.SHIPPED.contains(datasetSpec)) {
            return Optional.empty();
        }
        if (!datasetSpec.equals(realsFor) || judge != realsJudge) {
            reals = FrechetDistance.Gaussian.ofRealImages(judge, datasets.test(datasetSpec));
            realsFor = datasetSpec;
            realsJudge = judge;
        }
        float[] fakes = trainer.withModel(model -> model.generate(FrechetDistance.FAKE_IMAGES, NOISE_SEED));
        return Optional.of(FrechetDistance.between(reals,
                FrechetDistance.Gaussian.fit(judge.features(fakes, FrechetDistance.FAKE_IMAGES))));
    }
}
