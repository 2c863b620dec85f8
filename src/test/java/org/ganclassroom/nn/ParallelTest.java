package org.ganclassroom.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParallelTest {

    private int before;

    @BeforeEach
    void twoThreads() {
        before = Parallel.threads();
        Parallel.setThreads(2);
    }

    @AfterEach
    void restore() {
        Parallel.setThreads(before);
    }

    @Test
    void everyItemRunsExactlyOnceWhateverThreadTakesIt() {
        for (int round = 0; round < 200; round++) {
            int count = 1000 + round;
            AtomicIntegerArray visits = new AtomicIntegerArray(count);
            Parallel.split(count, 7, (from, to) -> {
                for (int i = from; i < to; i++) {
                    visits.incrementAndGet(i);
                }
            });
            for (int i = 0; i < count; i++) {
                assertEquals(1, visits.get(i), "item " + i + " in round " + round);
            }
        }
    }

    @Test
    void aSlowChunkIsWaitedForAndTheOthersGoToTheFreeThread() {
        AtomicIntegerArray ranBy = new AtomicIntegerArray(6);
        long caller = Thread.currentThread().getId();
        Parallel.split(6, 6, (from, to) -> {
            if (from == 0) {
                sleep(300); // the first chunk taken is slow: the other thread must take the rest
            }
            ranBy.set(from, Thread.currentThread().getId() == caller ? 1 : 2);
        });
        int byOne = 0;
        for (int i = 0; i < 6; i++) {
            assertTrue(ranBy.get(i) > 0, "chunk " + i + " ran");
            byOne += ranBy.get(i) == ranBy.get(0) ? 1 : 0;
        }
        assertEquals(1, byOne, "the thread held by the slow chunk ran no other chunk");
    }

    @Test
    void aFailingChunkFailsTheCallAfterTheOthersFinish() {
        AtomicIntegerArray visits = new AtomicIntegerArray(600);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                Parallel.split(600, 6, (from, to) -> {
                    if (from == 300) {
                        throw new IllegalStateException("chunk failed");
                    }
                    for (int i = from; i < to; i++) {
                        visits.incrementAndGet(i);
                    }
                }));
        assertEquals("chunk failed", thrown.getMessage());
        assertEquals(1, visits.get(0));
        assertEquals(1, visits.get(599));
    }

    @Test
    void anInterruptWaitsForTheChunksAndIsKept() {
        AtomicIntegerArray visits = new AtomicIntegerArray(4);
        Thread.currentThread().interrupt();
        try {
            Parallel.split(4, 4, (from, to) -> {
                sleepIgnoringInterrupts(50);
                visits.incrementAndGet(from);
            });
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(1, visits.get(i));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepIgnoringInterrupts(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
