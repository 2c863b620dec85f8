package org.ganclassroom.gan;

import org.ganclassroom.nn.Engine;
import org.nd4j.linalg.factory.Nd4j;

/** How many CPU threads training may use; 0 leaves the default (one per core). */
public final class ComputeThreads {

    private ComputeThreads() {
    }

    public static void apply(int threads) {
        if (threads > 0) {
            Engine.setThreads(threads);
            // The judge still runs on ND4J.
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
        }
    }
}
