package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GanNetworksTest {

    @Test
    void referenceNetworksHaveThePyTorchReferenceShapesAndParameterCounts() {
        Preset reference = Preset.reference();
        MultiLayerNetwork generator = GanNetworks.generator(reference, 1);
        MultiLayerNetwork discriminator = GanNetworks.discriminator(reference, 1);

        INDArray images = generator.output(Nd4j.randn(5, 100), false);
        assertArrayEquals(new long[] {5, 1, 28, 28}, images.shape());
        assertArrayEquals(new long[] {5, 1}, discriminator.output(images, false).shape());

        // PyTorch: Conv(1,64,4) 1,088 + Conv(64,128,4) 131,200 + Linear(6272,1) 6,273.
        assertEquals(138_561, discriminator.numParams());
        // PyTorch's 778,305 learnable parameters, plus the BN running mean and variance (2 x (6272 + 64)),
        // which DL4J counts as parameters and PyTorch as buffers.
        assertEquals(778_305 + 2 * (6272 + 64), generator.numParams());
        assertEquals(generator.numParams() + discriminator.numParams(), GanNetworks.stacked(reference, 1).numParams());
    }

    @Test
    void stepKeepsTheThreeNetworksInStepAndNeverMovesDInsideTheStack() throws Exception {
        GanModel model = GanModel.create(TestPresets.tiny(), 3);
        var data = new org.ganclassroom.data.Datasets(java.nio.file.Path.of("sample-data"))
                .test(org.ganclassroom.data.Datasets.MNIST).first(500);
        INDArray dBefore = model.discriminator().params().dup();
        INDArray gBefore = model.generator().params().dup();

        model.trainStep(data, GanModel.StepKind.GENERATOR_ONLY);

        assertArrayEquals(values(dBefore), values(model.discriminator().params()), "a G step leaves D alone");
        assertArrayEquals(values(dBefore),
                stackedPart(model, GanNetworks.GENERATOR_LAYERS, GanNetworks.DISCRIMINATOR_LAYERS),
                "D inside the stack is frozen by Sgd(0)");
        assertFalse(java.util.Arrays.equals(values(gBefore), values(model.generator().params())), "G learned");
        assertArrayEquals(values(model.generator().params()), stackedPart(model, 0, GanNetworks.GENERATOR_LAYERS));

        model.trainStep(data, GanModel.StepKind.DISCRIMINATOR_ONLY);
        assertFalse(java.util.Arrays.equals(values(dBefore), values(model.discriminator().params())), "D learned");
        assertArrayEquals(values(model.discriminator().params()),
                stackedPart(model, GanNetworks.GENERATOR_LAYERS, GanNetworks.DISCRIMINATOR_LAYERS));
    }

    private static float[] stackedPart(GanModel model, int from, int count) {
        float[] all = new float[0];
        for (int i = 0; i < count; i++) {
            if (model.stacked().getLayer(from + i).numParams() > 0) {
                float[] part = values(model.stacked().getLayer(from + i).params());
                float[] joined = java.util.Arrays.copyOf(all, all.length + part.length);
                System.arraycopy(part, 0, joined, all.length, part.length);
                all = joined;
            }
        }
        return all;
    }

    private static float[] values(INDArray array) {
        return array.reshape(array.length()).toFloatVector();
    }
}
