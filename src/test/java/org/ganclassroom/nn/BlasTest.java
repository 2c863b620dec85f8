package org.ganclassroom.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Banded and depth-split products (split across training threads) against a loop-by-loop definition of C = αAB + βC. */
class BlasTest {

    @ParameterizedTest(name = "{0}x{1}x{2} transA={3} transB={4} threads={5}")
    @CsvSource({
        // tall C: split into bands of rows
        "1568, 96, 64, false, false, 2", "1568, 96, 64, true, false, 2", "1568, 96, 64, false, true, 2",
        "1568, 96, 64, true, true, 2",
        // wide C: split into bands of columns
        "64, 600, 512, false, false, 2", "64, 600, 512, true, true, 2", "64, 600, 512, false, true, 3",
        // long k, small C (weight gradients, a dense layer on a few rows): split along k
        "16, 32, 12544, true, false, 2", "64, 256, 3136, false, false, 2", "96, 64, 3136, true, true, 3",
        "64, 130, 1570, false, true, 1",
        // too small to split, and one thread
        "20, 30, 40, false, false, 2", "1568, 96, 64, true, false, 1"})
    void bandsGiveTheSameProductAsTheDefinition(int m, int n, int k, boolean transA, boolean transB, int threads) {
        int before = Parallel.threads();
        Parallel.setThreads(threads);
        try {
            SplittableRandom random = new SplittableRandom(m * 31L + n);
            float[] a = random(m * k, random);
            float[] b = random(k * n, random);
            float[] c = random(m * n, random);
            Tensor result = Tensor.of(c);
            Blas.gemm(transA, transB, m, n, k, 0.5f, Tensor.of(a), Tensor.of(b), 2f, result);
            float[] got = result.toArray();
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int p = 0; p < k; p++) {
                        float aip = transA ? a[p * m + i] : a[i * k + p];
                        float bpj = transB ? b[j * k + p] : b[p * n + j];
                        sum += aip * bpj;
                    }
                    double expected = 0.5 * sum + 2 * c[i * n + j];
                    assertEquals(expected, got[i * n + j], 1e-3 * Math.max(1, Math.abs(expected)),
                            "C[" + i + "," + j + "]");
                }
            }
        } finally {
            Parallel.setThreads(before);
        }
    }

    /** Depth chunks are fixed; bands are not (OpenBLAS's edge kernels round a band's last rows differently). */
    @ParameterizedTest(name = "{0}x{1}x{2}")
    @CsvSource({"16, 32, 12544", "64, 256, 3136"})
    void aDepthSplitGivesTheSameBitsWhateverTheThreads(int m, int n, int k) {
        int before = Parallel.threads();
        try {
            SplittableRandom random = new SplittableRandom(7);
            Tensor a = Tensor.of(random(m * k, random));
            Tensor b = Tensor.of(random(k * n, random));
            float[][] results = new float[3][];
            for (int threads = 1; threads <= 3; threads++) {
                Parallel.setThreads(threads);
                Tensor c = new Tensor(m * n);
                Blas.gemm(true, false, m, n, k, 1f, a, b, 0f, c);
                results[threads - 1] = c.toArray();
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(results[0], results[1]);
            org.junit.jupiter.api.Assertions.assertArrayEquals(results[0], results[2]);
        } finally {
            Parallel.setThreads(before);
        }
    }

    private static float[] random(int size, SplittableRandom random) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextDouble(-1, 1);
        }
        return values;
    }
}
