package org.ganclassroom.gan;

import org.nd4j.linalg.factory.Nd4j;

/** How many CPU threads ND4J may use for training; 0 leaves its own choice (one per core). */
public final class ComputeThreads {

    private ComputeThreads() {
    }

    public static void apply(int threads) {
        if (threads > 0) {
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
        }
    }
}
