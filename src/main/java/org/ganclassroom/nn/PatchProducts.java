package org.ganclassroom.nn;

/**
 * The three matrix products of a convolution written as patch rows times a weight matrix
 * ([rows, patchLength] x [patchLength, out], one row per output pixel), whatever the kernel and stride
 * that gathered the patches.
 */
final class PatchProducts {

    private PatchProducts() {
    }

    /** output = patches · W + b. */
    static void forward(int rows, int patchLength, int out, Tensor patches, Param weight, Param bias, Tensor output) {
        Blas.gemm(false, false, rows, out, patchLength, 1f, patches, weight.value(), 0f, output);
        Rows.addToEachRow(output, rows, bias.value());
    }

    /** dW = patchesᵀ · dy and db = the column sums of dy. */
    static void parameterGradients(int rows, int patchLength, int out, Tensor patches, Tensor dy, Param weight,
                                   Param bias) {
        Blas.gemm(true, false, patchLength, out, rows, 1f, patches, dy, 0f, weight.gradient());
        Rows.sumRows(dy, rows, out, bias.gradient());
    }

    /** d patches = dy · Wᵀ (the caller scatters it back onto the input's pixels). */
    static void patchGradient(int rows, int patchLength, int out, Tensor dy, Param weight, Tensor patchGradient) {
        Blas.gemm(false, true, rows, patchLength, out, 1f, dy, weight.value(), 0f, patchGradient);
    }
}
