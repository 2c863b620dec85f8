package org.ganclassroom.nn;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * A flat float array in native memory, so OpenBLAS reads and writes it in place (a Java float[] passed
 * through JavaCPP is copied in and out on every call, which halved GEMM speed in our measurements). Shapes
 * live in the layers; here it is just numbers, row after row.
 */
public final class Tensor {

    private final FloatBuffer values;
    private final FloatPointer pointer;
    private final int size;

    public Tensor(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative tensor size " + size);
        }
        this.size = size;
        this.values = ByteBuffer.allocateDirect(Math.max(1, size) * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        this.pointer = new FloatPointer(values);
    }

    public static Tensor of(float[] data) {
        Tensor t = new Tensor(data.length);
        t.values.put(0, data);
        return t;
    }

    public int size() {
        return size;
    }

    public float get(int i) {
        return values.get(i);
    }

    public void set(int i, float v) {
        values.put(i, v);
    }

    public void fill(float v) {
        for (int i = 0; i < size; i++) {
            values.put(i, v);
        }
    }

    /** Copies {@code length} values from {@code from} starting at {@code fromIndex} to {@code toIndex} here. */
    public void copyFrom(Tensor from, int fromIndex, int toIndex, int length) {
        values.put(toIndex, from.values, fromIndex, length);
    }

    /** Copies {@code length} values of {@code data} from {@code offset} to {@code index} here. */
    public void put(int index, float[] data, int offset, int length) {
        values.put(index, data, offset, length);
    }

    /** Copies {@code length} values from {@code index} here into {@code data} at {@code offset}. */
    public void get(int index, float[] data, int offset, int length) {
        values.get(index, data, offset, length);
    }

    /**
     * average[k] = keep * average[k] + (1 - keep) * this[k] for every value, in blocks on the training
     * threads (a running average of weights, without copying the weights to a new array first).
     */
    public void blendInto(float[] average, float keep) {
        if (average.length != size) {
            throw new IllegalArgumentException("average has " + average.length + " values, tensor " + size);
        }
        long started = Sections.start();
        float take = 1 - keep;
        Chunks.blocks(size, (start, n, live, unused1, unused2, unused3) -> {
            values.get(start, live, 0, n);
            for (int i = 0; i < n; i++) {
                average[start + i] = keep * average[start + i] + take * live[i];
            }
        });
        Sections.end("weight average", started);
    }

    public float[] toArray() {
        float[] out = new float[size];
        values.get(0, out);
        return out;
    }

    FloatPointer pointer() {
        return pointer;
    }
}
