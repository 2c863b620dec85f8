package org.ganclassroom.nn;

/**
 * The three matrix products of y = x · W + b applied to each row of x ([rows, in] x [in, out]): a dense
 * layer's rows are examples; a patch-matrix convolution's rows are output pixels and x its gathered
 * patches, whatever the kernel and stride that gathered them.
 */
final class AffineRows {

    private AffineRows() {
    }

    /** y = f(x · W + b), with f applied in the bias' pass (none when {@code then} is null). */
    static void forward(int rows, int in, int out, Tensor x, Param weight, Param bias, Tensor y, Activation then) {
        Blas.gemm(false, false, rows, out, in, 1f, x, weight.value(), 0f, y);
        Rows.addToEachRow(y, rows, bias.value(), then);
    }

    /** dW = xᵀ · dy and db = the column sums of dy. */
    static void parameterGradients(int rows, int in, int out, Tensor x, Tensor dy, Param weight, Param bias) {
        Blas.gemm(true, false, in, out, rows, 1f, x, dy, 0f, weight.gradient());
        Rows.sumRows(dy, rows, out, bias.gradient());
    }

    /** dx = dy · Wᵀ (a convolution then scatters it back onto the input's pixels). */
    static void inputGradient(int rows, int in, int out, Tensor dy, Param weight, Tensor dx) {
        Blas.gemm(false, true, rows, in, out, 1f, dy, weight.value(), 0f, dx);
    }
}
