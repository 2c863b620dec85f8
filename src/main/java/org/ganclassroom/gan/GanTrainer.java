package org.ganclassroom.gan;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ganclassroom.data.ImageSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link TrainableGan} (this app's {@link GanModel}, or the reference DCGAN run the DL4J way) on one
 * background thread and publishes {@link TrainingSnapshot}s.
 *
 * <p>Threading: commands (start, pause, step, settings) only change state under a small monitor and never
 * wait for a training step, so a UI thread may call them. The networks are touched only while holding
 * {@code networkLock}: by the training thread for a step, and by {@link #withModel}, {@link #save},
 * {@link #replaceModel} from other threads, which therefore wait for at most one step and must not be
 * called on a UI thread. Listeners run on a delivery thread of their own and get the newest snapshot; a
 * slow listener never slows training (values published meanwhile are coalesced).
 */
public final class GanTrainer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GanTrainer.class);
    private static final int SPEED_WINDOW = 20;
    /** Chart points kept (older ones are merged pairwise): an hour of training stays light to draw. */
    static final int HISTORY_POINTS = 2000;
    /** Grids kept for the time-lapse (28x28 x 64 each, about 60 KB): at most ~12 MB. */
    static final int TIMELINE_GRIDS = 200;

    public enum State { READY, RUNNING, PAUSED, CLOSED }

    private final Object stateLock = new Object();
    private final Object publishMonitor = new Object();
    private final ReentrantLock networkLock = new ReentrantLock();
    private final LatestValuePublisher<TrainingSnapshot> publisher = new LatestValuePublisher<>("gan-snapshots");
    private final Thread worker;
    private final Deque<Long> recentStepTimes = new ArrayDeque<>();
    private final int gridEvery;
    private final long gridIntervalNanos;
    /** When the last grid was drawn while running; guarded by networkLock. */
    private long lastGridNanos;
    private final MetricHistory history = new MetricHistory(HISTORY_POINTS);
    private final GridTimeline timeline = new GridTimeline(TIMELINE_GRIDS);

    // Guarded by stateLock.
    private State state = State.READY;
    private String pauseReason;
    private final Deque<GanModel.StepKind> pendingSteps = new ArrayDeque<>();
    private Integer requestedBatchSize;
    private Double requestedLearningRate;

    // Guarded by networkLock.
    private TrainableGan model;
    /** Whether the model is this app's engine (what withModel and save need), readable from any thread. */
    private volatile boolean nativeEngine;
    private ImageSet data;
    /** The name of the images being learned (data.name()), readable from any thread. */
    private volatile String datasetName;
    private TrainingHealth health = new TrainingHealth();
    private SampleGrid grid;
    private StepResult lastStep;
    private long elapsedNanos;

    /** @param gridEvery publish a new sample grid every this many steps (and after every single step) */
    public GanTrainer(TrainableGan model, ImageSet data, int gridEvery) {
        this(model, data, gridEvery, 0);
    }

    /**
     * @param gridIntervalNanos while training runs, at least this long between grids as well: a grid costs a
     *        fifth of a classroom step (64 fakes through G), and the window redraws and judges each one, so
     *        on a fast machine every 10 steps meant 4 grids a second that nobody can follow, paid for in steps
     */
    public GanTrainer(TrainableGan model, ImageSet data, int gridEvery, long gridIntervalNanos) {
        if (gridEvery < 1 || gridIntervalNanos < 0) {
            throw new IllegalArgumentException("gridEvery must be at least 1 and the interval not negative");
        }
        GanModel.requireLabelsIfConditional(model.preset(), data);
        this.gridEvery = gridEvery;
        this.gridIntervalNanos = gridIntervalNanos;
        this.model = model;
        this.nativeEngine = model instanceof GanModel;
        this.data = data;
        this.datasetName = data.name();
        networkLock.lock();
        try {
            grid = model.sampleGrid();
            timeline.add(grid);
            publishLocked();
        } finally {
            networkLock.unlock();
        }
        worker = new Thread(this::trainLoop, "gan-trainer");
        worker.setDaemon(true); // close() ends it; daemon so a forgotten trainer never keeps the JVM alive
        worker.start();
    }

    /** Whether a running step draws a grid: on every gridEvery-th step, once the interval has passed. */
    private boolean gridDue(long step, long now) {
        return step % gridEvery == 0 && (lastGridNanos == 0 || now - lastGridNanos >= gridIntervalNanos);
    }

    /** Starts or resumes continuous training. */
    public void start() {
        synchronized (stateLock) {
            if (state == State.READY || state == State.PAUSED) {
                state = State.RUNNING;
                pauseReason = null;
                stateLock.notifyAll();
            }
        }
        publishState();
    }

    public void resume() {
        start();
    }

    public void pause() {
        synchronized (stateLock) {
            if (state == State.RUNNING) {
                state = State.PAUSED;
            }
        }
        publishState();
    }

    /** One step of the given kind while not running continuously (ignored while running). */
    public void step(GanModel.StepKind kind) {
        synchronized (stateLock) {
            if (state == State.READY || state == State.PAUSED) {
                pendingSteps.add(kind);
                stateLock.notifyAll();
            }
        }
    }

    public void step() {
        step(GanModel.StepKind.BOTH);
    }

    /** Applied before the next step; no reset needed. */
    public void setLearningRate(double rate) {
        if (!(rate > 0) || rate > 1) {
            throw new IllegalArgumentException("a learning rate must be above 0 and at most 1");
        }
        synchronized (stateLock) {
            requestedLearningRate = rate;
        }
        publishState();
    }

    /** Applied before the next step; no reset needed. */
    public void setBatchSize(int batch) {
        if (batch < 1 || batch > 1024) {
            throw new IllegalArgumentException("batch size must be between 1 and 1024");
        }
        synchronized (stateLock) {
            requestedBatchSize = batch;
        }
        publishState();
    }

    /**
     * Swaps in another model (a reset with fresh networks, or a loaded checkpoint) and another dataset;
     * training pauses in the READY state. Waits for a running step to finish.
     */
    public void replaceModel(TrainableGan fresh, ImageSet freshData) {
        replaceModel(fresh, freshData, RunHistory.NONE);
    }

    /** As above, the run going on from {@code past}: its curves, time-lapse and clock (a loaded checkpoint). */
    public void replaceModel(TrainableGan fresh, ImageSet freshData, RunHistory past) {
        GanModel.requireLabelsIfConditional(fresh.preset(), freshData); // before anything changes
        synchronized (stateLock) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.READY;
            pauseReason = null;
            pendingSteps.clear();
            requestedBatchSize = null;
            requestedLearningRate = null;
        }
        networkLock.lock();
        try {
            model = fresh;
            nativeEngine = fresh instanceof GanModel;
            data = freshData;
            datasetName = freshData.name();
            health = new TrainingHealth();
            lastStep = null;
            elapsedNanos = TimeUnit.MILLISECONDS.toNanos(past.elapsedMillis());
            recentStepTimes.clear();
            history.restore(past.points(), past.stepsPerPoint(), past.judged()); // none for a fresh run: a clear
            timeline.restore(past.frames());
            grid = model.sampleGrid();
            timeline.add(grid);
            publishLocked();
        } finally {
            networkLock.unlock();
        }
    }

    /**
     * Reads or uses the networks safely from another thread (waits for a running step). Only for this app's
     * engine: callers that draw, judge or switch losses check {@link #nativeEngine()} first.
     */
    public <T> T withModel(Function<GanModel, T> action) {
        networkLock.lock();
        try {
            if (!(model instanceof GanModel gan)) {
                throw new IllegalStateException(org.ganclassroom.text.Messages.get("engine.notNative"));
            }
            return action.apply(gan);
        } finally {
            networkLock.unlock();
        }
    }

    /**
     * True while the model is this app's engine; false for a DL4J run, which trains and draws its grid but
     * cannot be saved, walked in the latent lab, or lend its generator to Fake or Real.
     */
    public boolean nativeEngine() {
        return nativeEngine;
    }

    public void save(Path file) throws CheckpointException {
        save(file, null);
    }

    /** @param dataset recorded in the checkpoint (see {@link Checkpoint#datasetOf}); null to leave it out */
    public void save(Path file, String dataset) throws CheckpointException {
        networkLock.lock();
        try {
            if (!(model instanceof GanModel gan)) {
                throw new CheckpointException(org.ganclassroom.text.Messages.get("engine.notNative"));
            }
            Checkpoint.save(gan, file, Checkpoint.Storage.FULL, dataset, new RunHistory(
                    TimeUnit.NANOSECONDS.toMillis(elapsedNanos), history.stepsPerPoint(), history.points(),
                    history.judged(), timeline.grids()));
        } finally {
            networkLock.unlock();
        }
    }

    /** Every step's numbers so far (decimated), for the charts. */
    public MetricHistory history() {
        return history;
    }

    /** The grids published so far (thinned), for the time-lapse. */
    /** What it learns from: {@code mnist}, {@code fashion}, or a folder's name. */
    public String datasetName() {
        return datasetName;
    }

    public GridTimeline timeline() {
        return timeline;
    }

    public TrainingSnapshot latest() {
        return publisher.latest();
    }

    public State state() {
        synchronized (stateLock) {
            return state;
        }
    }

    public void addListener(Consumer<TrainingSnapshot> listener) {
        publisher.addListener(listener);
    }

    public void removeListener(Consumer<TrainingSnapshot> listener) {
        publisher.removeListener(listener);
    }

    /**
     * Stops training for good. Returns at once, so a UI thread may call it: the training thread ends
     * itself after the step it is in (if any) and closes the snapshot delivery thread on its way out.
     * {@link #awaitClosed} waits for that.
     */
    @Override
    public void close() {
        synchronized (stateLock) {
            state = State.CLOSED;
            stateLock.notifyAll();
        }
    }

    /** After {@link #close()}: waits up to {@code millis} for the training thread to end; true if it has. */
    public boolean awaitClosed(long millis) throws InterruptedException {
        worker.join(millis);
        return !worker.isAlive();
    }

    public boolean isAlive() {
        return worker.isAlive();
    }

    private void trainLoop() {
        try {
            runSteps();
        } finally {
            publisher.close(); // the training thread owns the delivery thread and ends it with itself
        }
    }

    private void runSteps() {
        while (true) {
            GanModel.StepKind kind;
            boolean single;
            Integer batch;
            Double rate;
            synchronized (stateLock) {
                while (state != State.CLOSED && state != State.RUNNING && pendingSteps.isEmpty()) {
                    try {
                        stateLock.wait();
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
                if (state == State.CLOSED) {
                    return;
                }
                single = state != State.RUNNING;
                kind = single ? pendingSteps.poll() : GanModel.StepKind.BOTH;
                batch = requestedBatchSize;
                rate = requestedLearningRate;
                requestedBatchSize = null;
                requestedLearningRate = null;
            }
            Optional<String> problem = trainOneStep(kind, single, batch, rate);
            if (problem.isPresent()) {
                synchronized (stateLock) {
                    if (state != State.CLOSED) {
                        state = State.PAUSED;
                        pauseReason = problem.get();
                        pendingSteps.clear();
                    }
                }
                publishState();
            }
        }
    }

    private Optional<String> trainOneStep(GanModel.StepKind kind, boolean single, Integer batch, Double rate) {
        networkLock.lock();
        try {
            if (batch != null) {
                model.setBatchSize(batch);
            }
            if (rate != null) {
                model.setLearningRate(rate);
            }
            if (!single) {
                // Paused between deciding to step and getting the networks (a withModel call may have held
                // them): no step after a pause, or "paused at step 10" would show step 11.
                synchronized (stateLock) {
                    if (state != State.RUNNING) {
                        return Optional.empty();
                    }
                }
            }
            long start = System.nanoTime();
            StepResult result = model.trainStep(data, kind);
            lastStep = result;
            history.add(result);
            Optional<String> problem = health.afterStep(result);
            long now = System.nanoTime();
            if (problem.isEmpty() && (single || gridDue(result.step(), now))) {
                lastGridNanos = now;
                float[] samples = model.fixedSamples();
                grid = SampleGrid.of(result.step(), samples, GanModel.GRID_SAMPLES, GanNetworks.IMAGE_SIDE,
                        model.gridColumns());
                timeline.add(grid);
                problem = health.afterSamples(result.step(), samples, GanModel.GRID_SAMPLES,
                        GanNetworks.IMAGE_SIDE * GanNetworks.IMAGE_SIDE);
            }
            long end = System.nanoTime();
            elapsedNanos += end - start;
            recordSpeed(end, single);
            publishLocked();
            return problem;
        } catch (RuntimeException | Error failure) {
            // An Error (out of memory, a stack overflow, a missing native library) used to end this thread
            // while the panel still said RUNNING; now the trainer pauses and says why, and the thread lives on.
            LOG.error("Training step failed", failure);
            return Optional.of(pauseReason(failure));
        } finally {
            networkLock.unlock();
        }
    }

    /** What the dock says when a step throws. */
    static String pauseReason(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return org.ganclassroom.text.Messages.get("trainer.outOfMemory");
        }
        return org.ganclassroom.text.Messages.get("trainer.internalError", failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }

    private void recordSpeed(long now, boolean single) {
        if (single) {
            recentStepTimes.clear();
            return;
        }
        recentStepTimes.addLast(now);
        while (recentStepTimes.size() > SPEED_WINDOW) {
            recentStepTimes.removeFirst();
        }
    }

    private double stepsPerSecond() {
        if (recentStepTimes.size() < 2) {
            return 0;
        }
        double seconds = (recentStepTimes.getLast() - recentStepTimes.getFirst()) / 1e9;
        return seconds <= 0 ? 0 : (recentStepTimes.size() - 1) / seconds;
    }

    /** Republishes the latest numbers with the current state; never waits for a training step. */
    private void publishState() {
        publish(null);
    }

    /** Caller holds networkLock: the numbers are read from the model. */
    private void publishLocked() {
        double epoch = data.count() == 0 ? 0 : model.imagesSeen() / (double) data.count();
        publish(new TrainingSnapshot(State.READY, null, model.name(), model.step(), epoch,
                TimeUnit.NANOSECONDS.toMillis(elapsedNanos), stepsPerSecond(), model.batchSize(),
                model.generatorLearningRate(), lastStep, grid));
    }

    /**
     * Overlays the current state and requested settings on the given numbers (or the last published ones)
     * and publishes. Serialised, and the state is read at publish time, so the last snapshot published
     * always carries the latest state, whichever thread publishes last.
     */
    private void publish(TrainingSnapshot numbers) {
        synchronized (publishMonitor) {
            TrainingSnapshot base = numbers != null ? numbers : publisher.latest();
            State currentState;
            String reason;
            int batch;
            double rate;
            synchronized (stateLock) {
                currentState = state;
                reason = pauseReason;
                batch = requestedBatchSize != null ? requestedBatchSize : base.batchSize();
                rate = requestedLearningRate != null ? requestedLearningRate : base.learningRate();
            }
            publisher.publish(base.withControls(currentState, reason, batch, rate));
        }
    }
}
