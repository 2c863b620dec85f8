package org.ganclassroom.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast convolutions against the textbook definitions of PyTorch's Conv2d and ConvTranspose2d
 * (kernel 4, stride 2, padding 1), written as plain loops over NCHW-style indices.
 */
class ConvolutionGeometryTest {

    @Test
    void convDownIsPyTorchsConv2d() {
        int n = 2, in = 3, out = 4, big = 6, small = 3;
        ConvDown conv = new ConvDown("c", in, out, big);
        SplittableRandom random = new SplittableRandom(1);
        conv.initialise(random);
        Tensor x = random(n * big * big * in, random);
        Tensor y = conv.forward(x, n, true);
        Tensor w = conv.params().get(0).value(); // [ky, kx, in] x out
        Tensor b = conv.params().get(1).value();
        for (int s = 0; s < n; s++) {
            for (int oy = 0; oy < small; oy++) {
                for (int ox = 0; ox < small; ox++) {
                    for (int co = 0; co < out; co++) {
                        double sum = b.get(co);
                        for (int ky = 0; ky < 4; ky++) {
                            for (int kx = 0; kx < 4; kx++) {
                                int iy = oy * 2 - 1 + ky;
                                int ix = ox * 2 - 1 + kx;
                                if (iy < 0 || iy >= big || ix < 0 || ix >= big) {
                                    continue;
                                }
                                for (int ci = 0; ci < in; ci++) {
                                    sum += x.get(((s * big + iy) * big + ix) * in + ci)
                                            * w.get(((ky * 4 + kx) * in + ci) * out + co);
                                }
                            }
                        }
                        assertEquals(sum, y.get(((s * small + oy) * small + ox) * out + co), 1e-4);
                    }
                }
            }
        }
    }

    @Test
    void convUpIsPyTorchsConvTranspose2d() {
        int n = 2, in = 3, out = 2, small = 3, big = 6;
        ConvUp conv = new ConvUp("u", in, out, small);
        SplittableRandom random = new SplittableRandom(2);
        conv.initialise(random);
        Tensor x = random(n * small * small * in, random);
        Tensor y = conv.forward(x, n, true);
        Tensor w = conv.params().get(0).value(); // in x [ky, kx, out]
        Tensor b = conv.params().get(1).value();
        double[] expected = new double[n * big * big * out];
        for (int s = 0; s < n; s++) {
            for (int iy = 0; iy < small; iy++) {
                for (int ix = 0; ix < small; ix++) {
                    for (int ky = 0; ky < 4; ky++) {
                        for (int kx = 0; kx < 4; kx++) {
                            // ConvTranspose2d: output index = input index * stride - padding + kernel index
                            int oy = iy * 2 - 1 + ky;
                            int ox = ix * 2 - 1 + kx;
                            if (oy < 0 || oy >= big || ox < 0 || ox >= big) {
                                continue;
                            }
                            for (int ci = 0; ci < in; ci++) {
                                for (int co = 0; co < out; co++) {
                                    expected[((s * big + oy) * big + ox) * out + co] +=
                                            x.get(((s * small + iy) * small + ix) * in + ci)
                                                    * w.get(ci * 16 * out + (ky * 4 + kx) * out + co);
                                }
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i] + b.get(i % out), y.get(i), 1e-4, "output " + i);
        }
    }

    private static Tensor random(int size, SplittableRandom random) {
        Tensor t = new Tensor(size);
        for (int i = 0; i < size; i++) {
            t.set(i, (float) random.nextGaussian());
        }
        return t;
    }
}
