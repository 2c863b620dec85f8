package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @TempDir
    Path dir;

    private String loadError(Path file) {
        return assertThrows(CheckpointException.class, () -> Checkpoint.load(file)).getMessage();
    }

    @Test
    void truncatedCheckpointIsDamaged() throws Exception {
        Path good = dir.resolve("good.zip");
        Checkpoint.save(GanModel.create(TestPresets.tiny(), 1), good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));

        String message = loadError(cut);
        assertTrue(message.contains("damaged or incomplete") || message.contains("incomplete"), message);
    }

    @Test
    void textFileIsNotACheckpoint() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.zip"), "shopping list");
        assertTrue(loadError(text).contains("is not a GAN Classroom checkpoint"), loadError(text));
    }

    @Test
    void foreignZipIsNotACheckpoint() throws Exception {
        Path zip = dir.resolve("photos.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("holiday.jpg"));
            z.write(new byte[] {1, 2, 3});
            z.closeEntry();
        }
        assertTrue(loadError(zip).contains("is not a GAN Classroom checkpoint"), loadError(zip));
    }

    @Test
    void checkpointFromBeforeCodesLoadsAsAPlainDcgan() throws Exception {
        Path file = dir.resolve("plain.zip");
        GanModel plain = GanModel.create(TestPresets.tiny(), 2);
        Checkpoint.save(plain, file);
        // what older versions wrote: no code, hidden-layer or average keys in the manifest
        Path old = rewrite(file, dir.resolve("old.zip"), (name, bytes) -> name.equals("manifest.properties")
                ? new String(bytes, StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.matches(
                                "(codeValues|codeWeight|clusterWeight|discriminatorHidden|averageDecay)=.*"))
                        .collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8)
                : bytes);

        GanModel loaded = Checkpoint.load(old);
        assertTrue(loaded.preset().isPlainDcgan(), loaded.preset().toString());
        assertEquals(plain.preset(), loaded.preset());
        assertArrayEquals(plain.sampleGrid().pixels(), loaded.sampleGrid().pixels());
    }

    @Test
    void codedCheckpointWithoutItsAverageIsIncomplete() throws Exception {
        Path file = dir.resolve("coded.zip");
        Checkpoint.save(GanModel.create(TestPresets.tinyWithCode(), 2), file);
        Path cut = rewrite(file, dir.resolve("cut.zip"), (name, bytes) -> name.equals("generator-average.f32") ? null : bytes);
        String message = loadError(cut);
        assertTrue(message.contains("incomplete") && message.contains("generator-average"), message);
    }

    /** Copies a zip entry by entry through {@code edit}, which may change an entry or drop it (null). */
    @Test
    void compactStorageRoundsLargeArraysToEightBitsAndKeepsSmallOnesExact() {
        float[] values = new float[5000 + 10];
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian() * 0.1f;
        }
        values[17] = 0.5f; // the largest magnitude sets the scale: 0.5 / 127
        int[] arrays = {5000, 10};
        byte[] bytes = Checkpoint.encode(values, arrays, true);
        assertEquals(4 + 5000 + 10 * 4, bytes.length, "scale + one byte per large value, float32 for the small array");
        float[] back = Checkpoint.decode(bytes, arrays, true);
        for (int i = 0; i < 5000; i++) {
            assertEquals(values[i], back[i], 0.5 / 127 / 2 + 1e-7, "value " + i);
        }
        assertArrayEquals(Arrays.copyOfRange(values, 5000, 5010), Arrays.copyOfRange(back, 5000, 5010));
        assertThrows(IllegalArgumentException.class,
                () -> Checkpoint.decode(Arrays.copyOf(bytes, bytes.length - 3), arrays, true));
    }

    @Test
    void compactCheckpointIsSmallAndDrawsNearlyTheSamePictures() throws Exception {
        GanModel model = GanModel.create(TestPresets.tinyWithCode(), 6);
        org.ganclassroom.data.ImageSet train = new org.ganclassroom.data.Datasets(Path.of("sample-data"))
                .training(org.ganclassroom.data.Datasets.MNIST);
        for (int i = 0; i < 20; i++) {
            model.trainStep(train, GanModel.StepKind.BOTH);
        }
        Path lean = dir.resolve("lean.zip");
        Path compact = dir.resolve("compact.zip");
        Checkpoint.save(model, lean, Checkpoint.Storage.WITHOUT_OPTIMIZER);
        Checkpoint.save(model, compact, Checkpoint.Storage.COMPACT);
        assertTrue(Files.size(compact) < Files.size(lean) / 2, Files.size(compact) + " vs " + Files.size(lean));

        GanModel loaded = Checkpoint.load(compact);
        assertEquals(model.preset(), loaded.preset());
        assertEquals(model.step(), loaded.step());
        float[] original = model.fixedSamples();
        float[] restored = loaded.fixedSamples();
        double worst = 0;
        for (int i = 0; i < original.length; i++) {
            worst = Math.max(worst, Math.abs(original[i] - restored[i]));
        }
        assertTrue(worst > 0 && worst < 0.1, "pixels move by at most " + worst + " on the -1..1 scale");
        assertTrue(loaded.trainStep(train, GanModel.StepKind.BOTH).isFinite(), "training continues from it");
    }

    @Test
    void unknownWeightEncodingSaysSo() throws Exception {
        Path file = dir.resolve("good.zip");
        Checkpoint.save(GanModel.create(TestPresets.tiny(), 1), file);
        Path odd = rewrite(file, dir.resolve("odd.zip"), (name, bytes) -> name.equals("manifest.properties")
                ? (new String(bytes, StandardCharsets.UTF_8) + "\nweights=int4\n").getBytes(StandardCharsets.UTF_8)
                : bytes);
        assertTrue(loadError(odd).contains("stores its weights as 'int4'"), loadError(odd));
    }

    private static Path rewrite(Path from, Path to, BiFunction<String, byte[], byte[]> edit) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = edit.apply(entry.getName(), in.readAllBytes());
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        return to;
    }

    @Test
    void missingCheckpointSaysSo() {
        assertTrue(loadError(dir.resolve("nope.zip")).contains("does not exist"));
    }

    @Test
    void savingOverAnOldCheckpointKeepsNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("c.zip");
        GanModel model = GanModel.create(TestPresets.tiny(), 1);
        Checkpoint.save(model, file);
        Checkpoint.save(model, file);
        try (var files = Files.list(dir)) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().equals("c.zip")));
        }
    }

    @Test
    void aCheckpointRemembersWhichImagesItLearnedFrom() throws Exception {
        Path withDataset = dir.resolve("with.zip");
        Path without = dir.resolve("without.zip");
        GanModel model = GanModel.create(TestPresets.tiny(), 1);
        Checkpoint.save(model, withDataset, Checkpoint.Storage.FULL, "fashion");
        Checkpoint.save(model, without);
        assertEquals(java.util.Optional.of("fashion"), Checkpoint.datasetOf(withDataset));
        assertEquals(java.util.Optional.empty(), Checkpoint.datasetOf(without));
        for (String name : new String[] {"mnist-1-after-1-minute.zip", "fashion-3-fully-trained.zip"}) {
            assertEquals(java.util.Optional.of(name.substring(0, name.indexOf('-'))),
                    Checkpoint.datasetOf(Path.of("sample-data/checkpoints", name)), name);
        }
    }
}
