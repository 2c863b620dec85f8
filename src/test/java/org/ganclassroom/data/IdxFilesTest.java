package org.ganclassroom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFilesTest {

    @TempDir
    Path dir;

    @Test
    void shippedMnistHasSixtyThousandLabelledDigits() throws Exception {
        ImageSet mnist = new Datasets(Path.of("sample-data")).training(Datasets.MNIST);
        assertEquals(60_000, mnist.count());
        assertEquals(28, mnist.rows());
        assertEquals(28, mnist.cols());
        int[] perDigit = new int[10];
        for (int i = 0; i < mnist.count(); i++) {
            perDigit[mnist.label(i)]++;
        }
        assertTrue(Arrays.stream(perDigit).allMatch(n -> n > 5000), Arrays.toString(perDigit));
    }

    @Test
    void shippedTestSetsAreThere() throws Exception {
        Datasets datasets = new Datasets(Path.of("sample-data"));
        assertEquals(10_000, datasets.test(Datasets.MNIST).count());
        assertEquals(10_000, datasets.test(Datasets.FASHION).count());
        assertEquals(30_000, datasets.training(Datasets.FASHION).count());
    }

    @Test
    void batchIsScaledToMinusOneToOne() {
        byte[] pixels = new byte[2 * 4];
        pixels[4] = (byte) 255;
        ImageSet set = new ImageSet("t", 2, 2, 2, pixels, null, java.util.List.of());
        float[] batch = new float[4];
        set.fillBatch(new int[] {1}, batch);
        assertEquals(1f, batch[0], 1e-6);
        assertEquals(-1f, batch[1], 1e-6);
    }

    @Test
    void truncatedFileIsAClearError() throws Exception {
        Path file = dir.resolve("images-idx3-ubyte");
        Files.write(file, idx(0x803, 10, 28, 28, new byte[100]));
        DatasetException error = assertThrows(DatasetException.class, () -> IdxFiles.read("x", file, null));
        assertTrue(error.getMessage().contains("truncated"), error.getMessage());
    }

    @Test
    void foreignFileIsAClearError() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "these are not images at all");
        DatasetException error = assertThrows(DatasetException.class, () -> IdxFiles.read("x", file, null));
        assertTrue(error.getMessage().contains("not an IDX image file"), error.getMessage());
    }

    @Test
    void missingFileIsAClearError() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> IdxFiles.read("x", dir.resolve("nope.gz"), null));
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
    }

    @Test
    void unknownDatasetNameSaysWhatIsAccepted() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> new Datasets(Path.of("sample-data")).training("cifar10"));
        assertTrue(error.getMessage().contains("use mnist, fashion or the path of a folder"), error.getMessage());
    }

    private static byte[] idx(int magic, int count, int rows, int cols, byte[] body) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        out.write(body);
        return bytes.toByteArray();
    }
}
