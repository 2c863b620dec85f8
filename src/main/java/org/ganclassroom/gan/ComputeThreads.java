package org.ganclassroom.gan;

import org.ganclassroom.nn.Engine;
import org.nd4j.linalg.factory.Nd4j;

/** How many CPU threads training may use in the app; 0 leaves the default (one per core). */
public final class ComputeThreads {

    private ComputeThreads() {
    }

    public static void apply(int threads) {
        if (threads > 0) {
            Engine.setThreads(threads);
        }
        // Beside training, ND4J only runs the judge (64 small images now and then). Its OpenMP threads keep
        // spinning after each call and took CPU from training; one thread is plenty for the judge.
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
    }
}
