package org.ganclassroom.ui.training;

import java.util.Locale;
import java.util.Optional;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.gan.TrainingSnapshot;
import org.ganclassroom.ui.Texts;

/**
 * Tells the instructor, once per run, when this computer trains too slowly for the class to see digits
 * within a two-minute demo, and offers the shipped generator trained for one minute instead.
 *
 * <p>The figures behind it (docs/performance.md, "Eighth session: learning by step count"): after 3,000
 * steps the classroom preset's fakes are recognised three times in four (0.76-0.77 over five seeds, by the
 * app's judge and by a second one) with 8 to 10 kinds of digit; at 4,200 steps four in five. An instructor
 * talks for about two minutes. (This said 2,000 steps until the ninth session, from an older engine's
 * time-to-quality runs, which let a machine that would reach only ~2,500 steps go unwarned.)
 * Only the classroom preset is judged: it is the one tuned for a lesson's time; an instructor who picks
 * the reference preset has chosen to watch a slow network.
 */
final class SlowMachineAdvice {

    static final int DEMO_SECONDS = 120;
    static final long STEPS_FOR_DIGITS = 3_000;
    /** Training time before the speed is judged: the JIT and the first grids make the first seconds slow. */
    static final long JUDGE_AFTER_MILLIS = 15_000;

    private boolean given;
    private String brief = "";
    private long lastStep;

    /**
     * The last advice in one line, for presenter mode: at projector type the whole sentence filled the dock and
     * pushed the grid away. The button under it says what to do.
     */
    String brief() {
        return brief;
    }

    /** The advice, the first time a running classroom run is too slow to reach the digits in the demo. */
    Optional<String> check(TrainingSnapshot snapshot, java.util.function.BooleanSupplier shippedGenerator) {
        if (snapshot.step() < lastStep) {
            given = false; // a reset or a loaded checkpoint: a new run
        }
        lastStep = snapshot.step();
        if (given || snapshot.state() != GanTrainer.State.RUNNING || snapshot.elapsedMillis() < JUDGE_AFTER_MILLIS
                || !Preset.CLASSROOM.equals(snapshot.presetName()) || snapshot.stepsPerSecond() <= 0
                || snapshot.step() >= STEPS_FOR_DIGITS) {
            return Optional.empty();
        }
        double speed = snapshot.stepsPerSecond();
        double secondsLeft = Math.max(0, DEMO_SECONDS - snapshot.elapsedMillis() / 1000.0);
        long stepsByTheEnd = snapshot.step() + Math.round(speed * secondsLeft);
        if (stepsByTheEnd >= STEPS_FOR_DIGITS) {
            return Optional.empty();
        }
        given = true;
        long minutesToDigits = Math.max(1, Math.round((STEPS_FOR_DIGITS - snapshot.step()) / speed / 60));
        Locale locale = Texts.locale();
        String minutes = Texts.get(minutesToDigits == 1 ? "slow.minute" : "slow.minutes", minutesToDigits);
        String speedText = String.format(locale, "%.0f", speed);
        String byTheEnd = String.format(locale, "%,d", stepsByTheEnd);
        String needed = String.format(locale, "%,d", STEPS_FOR_DIGITS);
        brief = Texts.get("slow.brief", byTheEnd, needed);
        return Optional.of(shippedGenerator.getAsBoolean()
                ? Texts.get("slow.adviceShipped", speedText, byTheEnd, needed, minutes, Texts.get("dock.showShipped"))
                : Texts.get("slow.advice", speedText, byTheEnd, needed, minutes));
    }
}
