package org.ganclassroom.nn;

import org.bytedeco.openblas.global.openblas;

/**
 * Row-major single-precision matrix products through the OpenBLAS that ND4J already ships (JavaCPP's
 * openblas preset). Measured here: ~280 GFLOP/s on two AVX-512 cores for our layer shapes, against
 * 55-75 ms per conv call inside DL4J (see docs/performance.md). Every layer of {@link Sequential} is one
 * or two of these calls plus memory shuffling.
 */
public final class Blas {

    private Blas() {
    }

    /** C = alpha * op(A) * op(B) + beta * C, with op(A) [m,k], op(B) [k,n], C [m,n], all row-major. */
    public static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, Tensor a, Tensor b,
                            float beta, Tensor c) {
        if ((long) m * k > a.size() || (long) k * n > b.size() || (long) m * n > c.size()) {
            throw new IllegalArgumentException("gemm shapes exceed tensors: " + m + "x" + n + "x" + k);
        }
        openblas.cblas_sgemm(openblas.CblasRowMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans, m, n, k, alpha, a.pointer(),
                transA ? m : k, b.pointer(), transB ? k : n, beta, c.pointer(), n);
    }

    /** OpenBLAS's worker threads (it shares them with ND4J, which links the same library). */
    public static void setThreads(int threads) {
        openblas.blas_set_num_threads(threads);
    }
}
