package org.ganclassroom.nn;

/** Row-wise helpers for [rows, columns] tensors (a bias is one value per column). */
final class Rows {

    private Rows() {
    }

    static void addToEachRow(Tensor t, int rows, Tensor perColumn) {
        int columns = perColumn.size();
        float[] bias = perColumn.toArray();
        Chunks.blocks(rows * columns, (start, n, v, unused1, unused2, unused3) -> {
            t.get(start, v, 0, n);
            int c = start % columns;
            for (int i = 0; i < n; i++) {
                v[i] += bias[c];
                if (++c == columns) {
                    c = 0;
                }
            }
            t.put(start, v, 0, n);
        });
    }

    /** out[c] = sum over rows of t[r, c]. */
    static void sumRows(Tensor t, int rows, int columns, Tensor out) {
        double[] sums = new double[columns];
        float[] block = new float[Chunks.BLOCK];
        int count = rows * columns;
        for (int start = 0; start < count; start += Chunks.BLOCK) {
            int n = Math.min(Chunks.BLOCK, count - start);
            t.get(start, block, 0, n);
            int c = start % columns;
            for (int i = 0; i < n; i++) {
                sums[c] += block[i];
                if (++c == columns) {
                    c = 0;
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            out.set(c, (float) sums[c]);
        }
    }
}
