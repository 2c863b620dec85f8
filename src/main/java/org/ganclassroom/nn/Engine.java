package org.ganclassroom.nn;

/** Settings of the native engine as a whole. */
public final class Engine {

    private Engine() {
    }

    /** Threads for both the matrix products (OpenBLAS) and the loops between them. */
    public static void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        Blas.setThreads(threads);
        Parallel.setThreads(threads);
    }
}
