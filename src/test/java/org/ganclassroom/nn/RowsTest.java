package org.ganclassroom.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vectorised row helpers against plain loops, on shapes whose blocks and segments end mid-row. */
class RowsTest {

    @ParameterizedTest(name = "{0} rows x {1} columns")
    @CsvSource({"6272, 32", "25088, 1", "64, 3136", "33, 3136", "1000, 7", "3, 5", "4097, 3"})
    void columnSumsAndBiasAddingMatchPlainLoops(int rows, int columns) {
        SplittableRandom random = new SplittableRandom(rows * 7L + columns);
        float[] a = new float[rows * columns];
        float[] b = new float[rows * columns];
        float[] bias = new float[columns];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextGaussian();
            b[i] = (float) random.nextGaussian();
        }
        for (int c = 0; c < columns; c++) {
            bias[c] = (float) random.nextGaussian();
        }
        double[] sum = new double[columns];
        double[] products = new double[columns];
        Rows.columnSums(Tensor.of(a), Tensor.of(b), rows, columns, sum, products);
        double[] squares = new double[columns];
        double[] sumAgain = new double[columns];
        Rows.columnSums(Tensor.of(a), null, rows, columns, sumAgain, squares);
        Tensor biased = Tensor.of(a);
        Rows.addToEachRow(biased, rows, Tensor.of(bias), null);
        float[] got = biased.toArray();
        for (int c = 0; c < columns; c++) {
            double expectedSum = 0;
            double expectedProduct = 0;
            double expectedSquares = 0;
            for (int r = 0; r < rows; r++) {
                expectedSum += a[r * columns + c];
                expectedProduct += (double) a[r * columns + c] * b[r * columns + c];
                expectedSquares += (double) a[r * columns + c] * a[r * columns + c];
            }
            double tolerance = 1e-4 * Math.sqrt(rows) + 1e-5;
            assertEquals(expectedSum, sum[c], tolerance, "sum of column " + c);
            assertEquals(expectedSum, sumAgain[c], tolerance, "sum of column " + c);
            assertEquals(expectedProduct, products[c], tolerance, "sum of products, column " + c);
            assertEquals(expectedSquares, squares[c], tolerance * 2, "sum of squares, column " + c);
            for (int r = 0; r < rows; r++) {
                assertEquals(a[r * columns + c] + bias[c], got[r * columns + c], 1e-6, "row " + r + " column " + c);
            }
        }
    }
}
