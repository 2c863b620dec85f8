package org.ganclassroom.nn;

/** Settings of the native engine as a whole. */
public final class Engine {

    private Engine() {
    }

    /**
     * Training threads, for both the matrix products (in bands, see {@link Blas}) and the loops between
     * them. OpenBLAS itself always runs on one thread.
     */
    public static void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        Parallel.setThreads(threads);
    }

    /** Training threads now in use. */
    public static int threads() {
        return Parallel.threads();
    }
}
