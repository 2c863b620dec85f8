package org.ganclassroom.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.Preset;
import org.ganclassroom.gan.TrainingSnapshot;
import org.junit.jupiter.api.Test;

class SlowMachineAdviceTest {

    private static TrainingSnapshot running(String preset, long step, long elapsedMillis, double stepsPerSecond) {
        return new TrainingSnapshot(GanTrainer.State.RUNNING, null, preset, step, 0, elapsedMillis, stepsPerSecond,
                32, 1e-3, null, null);
    }

    @Test
    void aLaptopThatWouldReachOnlyAThousandStepsIsToldOnceAndOfferedTheShippedGenerator() {
        SlowMachineAdvice advice = new SlowMachineAdvice();
        Optional<String> text = advice.check(running(Preset.CLASSROOM, 130, 15_000, 8.7), () -> true);
        assertTrue(text.isPresent());
        assertTrue(text.get().startsWith("This computer trains 9 steps a second: about 1,043 steps by the end of a"
                + " two-minute demo"), text.get());
        assertTrue(text.get().contains("clear forgeries need about 3,000"), text.get());
        assertTrue(text.get().contains("about 5 more minutes"), text.get());
        assertTrue(text.get().endsWith("press \"Show 1-minute generator\" for one trained for a minute on a faster"
                + " computer."), text.get());
        assertEquals(Optional.empty(), advice.check(running(Preset.CLASSROOM, 140, 16_000, 8.7), () -> true),
                "said once per run");
        assertTrue(advice.check(running(Preset.CLASSROOM, 130, 15_000, 8.7), () -> true).isPresent(),
                "a new run (the step went back) is judged again");
    }

    /** 22 steps/s gives ~2,600 steps in the demo: strokes, not yet digits the judge reads three times in four. */
    @Test
    void aLaptopThatWouldReachTwoAndAHalfThousandStepsIsToldToo() {
        Optional<String> text = new SlowMachineAdvice().check(running(Preset.CLASSROOM, 330, 15_000, 22), () -> true);
        assertTrue(text.isPresent());
        assertTrue(text.get().contains("about 2,640 steps by the end"), text.get());
        assertTrue(text.get().contains("(about 2 more minutes)"), text.get());
    }

    @Test
    void aFastEnoughLaptopAnEarlyGuessAPausedRunOrTheReferencePresetGetNoAdvice() {
        assertEquals(Optional.empty(), new SlowMachineAdvice().check(running(Preset.CLASSROOM, 450, 15_000, 30),
                () -> true), "30 steps/s reaches ~3,600 steps in two minutes");
        assertEquals(Optional.empty(), new SlowMachineAdvice().check(running(Preset.CLASSROOM, 50, 5_000, 8),
                () -> true), "too early: the first seconds are slow");
        assertEquals(Optional.empty(), new SlowMachineAdvice().check(running(Preset.REFERENCE, 130, 15_000, 8),
                () -> true), "the reference preset is slow by choice");
        TrainingSnapshot paused = new TrainingSnapshot(GanTrainer.State.PAUSED, null, Preset.CLASSROOM, 130, 0,
                15_000, 0, 32, 1e-3, null, null);
        assertEquals(Optional.empty(), new SlowMachineAdvice().check(paused, () -> true));
    }

    @Test
    void withoutAShippedGeneratorForTheDatasetNoButtonIsNamed() {
        String text = new SlowMachineAdvice().check(running(Preset.CLASSROOM, 130, 15_000, 8.7), () -> false)
                .orElseThrow();
        assertTrue(text.endsWith("(about 5 more minutes)."), text);
    }
}
