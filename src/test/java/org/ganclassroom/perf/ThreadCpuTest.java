package org.ganclassroom.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void readsTheNameAndTheUserPlusSystemTicksEvenWhenTheNameHasSpacesAndParentheses() {
        String line = "4242 (GC (Thread) #1) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 1 0";
        ThreadCpu.Stat stat = ThreadCpu.parseStat(line).orElseThrow();
        assertEquals("GC (Thread) #1", stat.name());
        assertEquals(3.0, stat.cpuSeconds(), 1e-9);
    }

    @Test
    void threadsOfOnePoolAreCountedTogether() {
        assertEquals("GC Thread", ThreadCpu.group("GC Thread#3"));
        assertEquals("QuantumRenderer", ThreadCpu.group("QuantumRenderer-0"));
        assertEquals("nn-parallel", ThreadCpu.group("nn-parallel"));
        assertEquals("gan-trainer", ThreadCpu.group("gan-trainer"));
        Map<String, Double> used = ThreadCpu.byName(Map.of("pool-1#10", 1.0, "pool-2#11", 2.0),
                Map.of("pool-1#10", 1.5, "pool-2#11", 2.25, "main#1", 0.0));
        assertEquals(Map.of("pool", 0.75), used);
    }

    @Test
    void aBusyThreadShowsUpUnderItsName() throws InterruptedException {
        assumeTrue(ThreadCpu.available(), "needs Linux /proc");
        Map<String, Double> before = ThreadCpu.sample();
        CountDownLatch hasRun = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Thread busy = new Thread(() -> {
            double x = 0;
            while (!stop.get()) {
                x += Math.sqrt(x + 1);
                // 100 ms of its own CPU time, not of the wall clock: on a loaded 2-core machine a thread
                // can wait longer than a fixed sleep before it first runs, and then /proc shows it at 0
                if (hasRun.getCount() > 0 && cpu.getCurrentThreadCpuTime() > 100_000_000L) {
                    hasRun.countDown();
                }
            }
            if (x < 0) {
                System.out.println(x);
            }
        }, "cpu-busy");
        busy.start();
        assertTrue(hasRun.await(30, TimeUnit.SECONDS), "the busy thread never ran");
        // sampled while it still runs: a finished thread leaves /proc
        Map<String, Double> used = ThreadCpu.byName(before, ThreadCpu.sample());
        stop.set(true);
        busy.join();
        assertTrue(used.getOrDefault("cpu-busy", 0.0) > 0, "busy thread not seen: " + used);
    }
}
