package org.ganclassroom.gan;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
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
}
