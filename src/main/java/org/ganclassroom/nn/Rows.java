package org.ganclassroom.nn;

/** Row-wise helpers for [rows, columns] tensors (a bias is one value per column). */
final class Rows {

    private Rows() {
    }

    static void addToEachRow(Tensor t, int rows, Tensor perColumn) {
        int columns = perColumn.size();
        Parallel.range(rows, (from, to) -> {
            for (int r = from; r < to; r++) {
                int base = r * columns;
                for (int c = 0; c < columns; c++) {
                    t.set(base + c, t.get(base + c) + perColumn.get(c));
                }
            }
        });
    }

    /** out[c] = sum over rows of t[r, c]. */
    static void sumRows(Tensor t, int rows, int columns, Tensor out) {
        float[] sums = new float[columns];
        for (int r = 0; r < rows; r++) {
            int base = r * columns;
            for (int c = 0; c < columns; c++) {
                sums[c] += t.get(base + c);
            }
        }
        out.copyFrom(sums);
    }
}
