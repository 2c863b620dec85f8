package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.ganclassroom.nn.Param;
import org.ganclassroom.nn.Sequential;
import org.junit.jupiter.api.Test;

class GanNetworksTest {

    @Test
    void referenceNetworksHaveThePyTorchReferenceShapesAndParameterCounts() {
        Preset reference = Preset.reference();
        Sequential generator = GanNetworks.generator(reference);
        Sequential discriminator = GanNetworks.discriminator(reference);

        assertEquals(100, generator.inputSize());
        assertEquals(28 * 28, generator.outputSize());
        assertEquals(28 * 28, discriminator.inputSize());
        assertEquals(1, discriminator.outputSize());
        // PyTorch: Conv(1,64,4) 1,088 + Conv(64,128,4) 131,200 + Linear(6272,1) 6,273.
        assertEquals(138_561, discriminator.trainableCount());
        // PyTorch: Linear(100, 6272) 633,472 + BN1d 12,544 + ConvT(128,64,4) 131,136 + BN2d 128 + ConvT(64,1,4) 1,025.
        assertEquals(778_305, generator.trainableCount());
    }

    @Test
    void classroomNetworksTakeTheCodeInGAndGuessItInD() {
        Preset classroom = Preset.classroom();
        Sequential generator = GanNetworks.generator(classroom);
        Sequential discriminator = GanNetworks.discriminator(classroom);

        assertEquals(64 + 10, generator.inputSize());
        assertEquals(1 + 10, discriminator.outputSize());
        // Conv(1,32,4) 544 + Conv(32,64,4) 32,832 + Dense(3136,256) 803,072 + Dense(256,11) 2,827.
        assertEquals(839_275, discriminator.trainableCount());
    }

    @Test
    void aGeneratorStepLeavesDAloneAndADiscriminatorStepLeavesGAlone() throws Exception {
        GanModel model = GanModel.create(TestPresets.tiny(), 3);
        var data = new org.ganclassroom.data.Datasets(java.nio.file.Path.of("sample-data"))
                .test(org.ganclassroom.data.Datasets.MNIST).first(500);
        float[] dBefore = trainable(model.discriminator());
        float[] gBefore = trainable(model.generator());

        model.trainStep(data, GanModel.StepKind.GENERATOR_ONLY);
        assertArrayEquals(dBefore, trainable(model.discriminator()), "a G step leaves D alone");
        float[] gAfter = trainable(model.generator());
        assertFalse(java.util.Arrays.equals(gBefore, gAfter), "G learned");

        model.trainStep(data, GanModel.StepKind.DISCRIMINATOR_ONLY);
        assertFalse(java.util.Arrays.equals(dBefore, trainable(model.discriminator())), "D learned");
        assertArrayEquals(gAfter, trainable(model.generator()), "a D step leaves G's weights alone");
    }

    /** Weights and biases only: BatchNorm's running statistics move whenever G runs in training mode. */
    static float[] trainable(Sequential network) {
        List<Param> params = network.params().stream().filter(Param::isTrainable).toList();
        int total = params.stream().mapToInt(Param::size).sum();
        float[] all = new float[total];
        int at = 0;
        for (Param p : params) {
            System.arraycopy(p.value().toArray(), 0, all, at, p.size());
            at += p.size();
        }
        return all;
    }
}
