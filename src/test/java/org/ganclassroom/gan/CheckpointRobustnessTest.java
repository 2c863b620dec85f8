package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile checkpoints (docs/robustness.md): every one either loads as a working model or is refused with
 * a CheckpointException's sentence; nothing else escapes (no OutOfMemoryError, no stack trace) and no
 * large array is allocated for a file that only claims to be large.
 */
class CheckpointRobustnessTest {

    @TempDir
    Path dir;
    private Path good;
    private Map<String, byte[]> entries;

    @BeforeEach
    void saveOne() throws Exception {
        good = dir.resolve("good.zip");
        Checkpoint.save(GanModel.create(TestPresets.tinyWithCode(), 3), good);
        entries = read(good);
    }

    @Test
    void aZipBombEntryIsRefusedWithoutInflatingIt() throws Exception {
        Map<String, byte[]> bomb = new LinkedHashMap<>(entries);
        bomb.put("padding.bin", new byte[64 << 20]); // 64 MB of zeros, 64 KB on disk
        assertRefused(write(bomb), "is not a GAN Classroom checkpoint");

        Map<String, byte[]> oversized = new LinkedHashMap<>(entries);
        oversized.put("discriminator-adam.f32", new byte[64 << 20]);
        long before = usedHeap();
        assertRefused(write(oversized), "does not match its own description");
        assertTrue(usedHeap() - before < (32 << 20), "the oversized entry was not read whole");
    }

    @Test
    void aManifestAskingForHugeNetworksIsRefusedBeforeAllocating() throws Exception {
        assertRefused(withManifest(m -> m.replaceAll("generatorWidths=.*", "generatorWidths=100000,32")),
                "network widths must be between 1 and");
        assertRefused(withManifest(m -> m.replaceAll("latentSize=.*", "latentSize=1000").replaceAll(
                "generatorWidths=.*", "generatorWidths=512,512")), "larger than this app trains");
    }

    @Test
    void aManifestMissingAnyRequiredKeyIsRefusedAtLoadNotAtSave() throws Exception {
        for (String key : new String[] {"preset", "latentSize", "seed", "step", "batchSize", "beta1",
                "generatorLearningRate"}) {
            assertRefused(withManifest(m -> m.replaceAll("(?m)^" + key + "=.*$", "")), "has no '" + key + "'");
        }
    }

    @Test
    void garbledManifestValuesGiveASentence() throws Exception {
        String[][] edits = {{"latentSize", "-3"}, {"latentSize", "x"}, {"generatorWidths", "1,2,3"},
                {"beta1", "NaN"}, {"generatorLearningRate", "Infinity"}, {"batchSize", "1000000"},
                {"step", "-5"}, {"averageDecay", "1.5"}, {"codeValues", "99999"}, {"seed", ""}};
        for (String[] edit : edits) {
            assertRefused(withManifest(m -> m.replaceAll("(?m)^" + edit[0] + "=.*$", edit[0] + "=" + edit[1])), "");
        }
    }

    @Test
    void weightsThatAreNotNumbersAreRefused() throws Exception {
        for (float poison : new float[] {Float.NaN, Float.POSITIVE_INFINITY}) {
            Map<String, byte[]> edited = new LinkedHashMap<>(entries);
            byte[] weights = edited.get("generator.f32").clone();
            ByteBuffer.wrap(weights).order(ByteOrder.LITTLE_ENDIAN).putFloat(40, poison);
            edited.put("generator.f32", weights);
            assertRefused(write(edited), "not numbers");
        }
    }

    @Test
    void truncationsAndBitFlipsNeverEscapeAsAnythingButASentence() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 40; i++) {
            int length = random.nextInt(bytes.length);
            loadsOrSaysWhy(Files.write(dir.resolve("cut" + i + ".zip"), java.util.Arrays.copyOf(bytes, length)));
        }
        for (int i = 0; i < 60; i++) {
            byte[] flipped = bytes.clone();
            int at = random.nextInt(flipped.length);
            flipped[at] ^= (byte) (1 << random.nextInt(8));
            loadsOrSaysWhy(Files.write(dir.resolve("flip" + i + ".zip"), flipped));
        }
    }

    @Test
    void weightsWhoseChecksumDoesNotMatchAreRefusedNotTrainedOn() throws Exception {
        // every entry stored uncompressed, then one bit of the generator's weights flipped in the file: what a
        // failing disk or a cut copy does, and what ZipFile alone let through (it checks no checksum)
        Path file = dir.resolve("flipped-weights.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry stored = new ZipEntry(entry.getKey());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(entry.getValue().length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(entry.getValue());
                stored.setCrc(crc.getValue());
                zip.putNextEntry(stored);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] weights = entries.get("generator.f32");
        int at = indexOf(bytes, weights);
        assertTrue(at > 0, "the weights are in the file as they are");
        bytes[at + weights.length / 2] ^= 0x10;
        Files.write(file, bytes);
        assertRefused(file, "does not match the checksum saved with it");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aFolderOrAnEmptyFileIsNotACheckpoint() throws Exception {
        assertRefused(Files.createDirectory(dir.resolve("folder.zip")), "is not a file");
        assertRefused(Files.write(dir.resolve("empty.zip"), new byte[0]), "is not a GAN Classroom checkpoint");
    }

    /** A damaged file may still load if the damage hit nothing checked; then it must be a usable model. */
    private void loadsOrSaysWhy(Path file) {
        try {
            GanModel model = Checkpoint.load(file);
            for (float value : model.sampleGrid().pixels()) {
                assertTrue(Float.isFinite(value), file + " loaded and draws non-numbers");
            }
        } catch (CheckpointException refused) {
            assertFalse(refused.getMessage().isBlank());
            assertFalse(refused.getMessage().contains("Exception"), refused.getMessage());
        }
    }

    private void assertRefused(Path file, String expected) {
        String message = assertThrows(CheckpointException.class, () -> Checkpoint.load(file)).getMessage();
        assertTrue(message.contains(expected), message);
        assertTrue(message.contains(file.getFileName().toString()), "names the file: " + message);
    }

    private Path withManifest(UnaryOperator<String> edit) throws Exception {
        Map<String, byte[]> edited = new LinkedHashMap<>(entries);
        String manifest = new String(entries.get("manifest.properties"), StandardCharsets.UTF_8);
        edited.put("manifest.properties", edit.apply(manifest).getBytes(StandardCharsets.UTF_8));
        return write(edited);
    }

    private int written;

    private Path write(Map<String, byte[]> content) throws Exception {
        Path file = dir.resolve("edited" + written++ + ".zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : content.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, byte[]> read(Path file) throws Exception {
        Map<String, byte[]> content = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                content.put(entry.getName(), bytes.toByteArray());
            }
        }
        return content;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
