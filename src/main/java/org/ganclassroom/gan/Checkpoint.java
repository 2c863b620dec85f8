package org.ganclassroom.gan;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.ganclassroom.nn.Adam;
import org.ganclassroom.nn.Param;
import org.ganclassroom.storage.AtomicFiles;

/**
 * The whole training state in one zip file: G's and D's parameters (BatchNorm's running statistics
 * included), their Adam moments, the fixed noise, the step, the preset and the training settings. Each
 * array is one entry of little-endian float32 values, params in the networks' own order, so the preset in
 * the manifest says exactly how long every entry must be. Written atomically, so a crash while saving
 * leaves the previous checkpoint intact. Reading a truncated or foreign file gives a sentence, never a
 * stack trace.
 *
 * <p>A preset's code, D's hidden layer and G's weight average are manifest keys that older checkpoints
 * lack: missing, they mean "none", so checkpoints from before the classroom preset had them still load
 * as the plain DCGAN they are. The average itself is one more entry.
 *
 * <p>A checkpoint may leave out the Adam moments (sample-data ships such smaller files): training then
 * resumes with fresh moments, which only changes the first few steps' sizes.
 */
public final class Checkpoint {

    static final String FORMAT = "gan-classroom-checkpoint";
    /** Version 1 held DL4J networks; version 2 is the native engine's. */
    static final int VERSION = 2;
    private static final String MANIFEST = "manifest.properties";
    private static final String GENERATOR = "generator.f32";
    private static final String DISCRIMINATOR = "discriminator.f32";
    private static final String GENERATOR_ADAM = "generator-adam.f32";
    private static final String DISCRIMINATOR_ADAM = "discriminator-adam.f32";
    private static final String FIXED_NOISE = "fixed-noise.f32";
    private static final String GENERATOR_AVERAGE = "generator-average.f32";

    private Checkpoint() {
    }

    public static void save(GanModel model, Path file) throws CheckpointException {
        save(model, file, true);
    }

    /** @param withOptimizer false leaves out the Adam moments: a third of the size, for shipping */
    public static void save(GanModel model, Path file, boolean withOptimizer) throws CheckpointException {
        try {
            Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
            entries.put(MANIFEST, manifest(model));
            entries.put(GENERATOR, encode(model.generator().params()));
            entries.put(DISCRIMINATOR, encode(model.discriminator().params()));
            if (withOptimizer) {
                entries.put(GENERATOR_ADAM, encode(model.generatorOptimizer().state()));
                entries.put(DISCRIMINATOR_ADAM, encode(model.discriminatorOptimizer().state()));
            }
            entries.put(FIXED_NOISE, encode(model.fixedNoise()));
            if (model.average() != null) {
                entries.put(GENERATOR_AVERAGE, encode(model.average().values()));
            }
            AtomicFiles.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
                zip.finish();
            });
        } catch (IOException failed) {
            throw new CheckpointException("could not save the checkpoint to " + file + ": " + failed.getMessage(), failed);
        }
    }

    public static GanModel load(Path file) throws CheckpointException {
        Map<String, byte[]> entries = readEntries(file);
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new CheckpointException(file + " is not a GAN Classroom checkpoint (it has no manifest)");
        }
        Properties manifest = new Properties();
        try {
            manifest.load(new StringReader(new String(manifestBytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException garbled) {
            throw new CheckpointException(file + " is damaged: its manifest cannot be read");
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new CheckpointException(file + " is not a GAN Classroom checkpoint");
        }
        if (!String.valueOf(VERSION).equals(manifest.getProperty("version"))) {
            throw new CheckpointException(file + " was written by a different version of GAN Classroom (format "
                    + manifest.getProperty("version") + "; this version reads format " + VERSION + ")");
        }
        for (String name : new String[] {GENERATOR, DISCRIMINATOR, FIXED_NOISE}) {
            if (!entries.containsKey(name)) {
                throw new CheckpointException(file + " is incomplete: it has no " + name);
            }
        }
        try {
            Preset preset = presetFrom(manifest);
            float[] fixedNoise = decode(entries.get(FIXED_NOISE));
            if (fixedNoise.length != GanModel.GRID_SAMPLES * preset.generatorInputSize()) {
                throw new CheckpointException(file + " does not match its own description (damaged or edited)");
            }
            GanModel model = new GanModel(preset, Long.parseLong(manifest.getProperty("seed")), fixedNoise,
                    Long.parseLong(manifest.getProperty("step")), Long.parseLong(manifest.getProperty("imagesSeen")));
            restore(file, entries.get(GENERATOR), model.generator().params());
            restore(file, entries.get(DISCRIMINATOR), model.discriminator().params());
            restoreAverage(file, entries.get(GENERATOR_AVERAGE), model, manifest.getProperty("averageUpdates", "0"));
            restoreOptimizer(file, entries.get(GENERATOR_ADAM), model.generatorOptimizer(),
                    manifest.getProperty("generatorAdamSteps"));
            restoreOptimizer(file, entries.get(DISCRIMINATOR_ADAM), model.discriminatorOptimizer(),
                    manifest.getProperty("discriminatorAdamSteps"));
            model.restoreTrainingSettings(Integer.parseInt(manifest.getProperty("batchSize")),
                    Double.parseDouble(manifest.getProperty("generatorLearningRate")),
                    Double.parseDouble(manifest.getProperty("discriminatorLearningRate")));
            return model;
        } catch (CheckpointException known) {
            throw known;
        } catch (RuntimeException damaged) {
            throw new CheckpointException(file + " is damaged and cannot be loaded (" + describe(damaged) + ")", damaged);
        }
    }

    private static Map<String, byte[]> readEntries(Path file) throws CheckpointException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (NoSuchFileException missing) {
            throw new CheckpointException("checkpoint " + file + " does not exist");
        } catch (ZipException | java.io.EOFException truncated) {
            throw new CheckpointException(file + " is damaged or incomplete (was it cut off while copying?)");
        } catch (IOException unreadable) {
            throw new CheckpointException("cannot read checkpoint " + file + ": " + unreadable.getMessage(), unreadable);
        }
        if (entries.isEmpty()) {
            throw new CheckpointException(file + " is not a GAN Classroom checkpoint (not a zip file, or empty)");
        }
        return entries;
    }

    private static byte[] manifest(GanModel model) throws IOException {
        Preset preset = model.preset();
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("version", String.valueOf(VERSION));
        p.setProperty("preset", preset.name());
        p.setProperty("latentSize", String.valueOf(preset.latentSize()));
        p.setProperty("generatorWidths", join(preset.generatorWidths()));
        p.setProperty("discriminatorWidths", join(preset.discriminatorWidths()));
        p.setProperty("presetBatchSize", String.valueOf(preset.batchSize()));
        p.setProperty("presetGeneratorLearningRate", String.valueOf(preset.generatorLearningRate()));
        p.setProperty("presetDiscriminatorLearningRate", String.valueOf(preset.discriminatorLearningRate()));
        p.setProperty("beta1", String.valueOf(preset.beta1()));
        p.setProperty("leakySlope", String.valueOf(preset.leakySlope()));
        p.setProperty("codeValues", String.valueOf(preset.codeValues()));
        p.setProperty("codeWeight", String.valueOf(preset.codeWeight()));
        p.setProperty("discriminatorHidden", String.valueOf(preset.discriminatorHidden()));
        p.setProperty("averageDecay", String.valueOf(preset.averageDecay()));
        if (model.average() != null) {
            p.setProperty("averageUpdates", String.valueOf(model.average().updates()));
        }
        p.setProperty("seed", String.valueOf(model.seed()));
        p.setProperty("step", String.valueOf(model.step()));
        p.setProperty("imagesSeen", String.valueOf(model.imagesSeen()));
        p.setProperty("batchSize", String.valueOf(model.batchSize()));
        p.setProperty("generatorLearningRate", String.valueOf(model.generatorLearningRate()));
        p.setProperty("discriminatorLearningRate", String.valueOf(model.discriminatorLearningRate()));
        p.setProperty("generatorAdamSteps", String.valueOf(model.generatorOptimizer().steps()));
        p.setProperty("discriminatorAdamSteps", String.valueOf(model.discriminatorOptimizer().steps()));
        StringWriter text = new StringWriter();
        p.store(text, "GAN Classroom checkpoint");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Preset presetFrom(Properties p) {
        return new Preset(p.getProperty("preset"), Integer.parseInt(p.getProperty("latentSize")),
                parseInts(p.getProperty("generatorWidths")), parseInts(p.getProperty("discriminatorWidths")),
                Integer.parseInt(p.getProperty("presetBatchSize")),
                Double.parseDouble(p.getProperty("presetGeneratorLearningRate")),
                Double.parseDouble(p.getProperty("presetDiscriminatorLearningRate")),
                Double.parseDouble(p.getProperty("beta1")), Double.parseDouble(p.getProperty("leakySlope")),
                Integer.parseInt(p.getProperty("codeValues", "0")), Double.parseDouble(p.getProperty("codeWeight", "0")),
                Integer.parseInt(p.getProperty("discriminatorHidden", "0")),
                Double.parseDouble(p.getProperty("averageDecay", "0")));
    }

    private static void restore(Path file, byte[] bytes, List<Param> params) throws CheckpointException {
        float[] values = decode(bytes);
        long expected = params.stream().mapToLong(Param::size).sum();
        if (values.length != expected) {
            throw new CheckpointException(file + " does not match its own description (damaged or edited)");
        }
        int at = 0;
        for (Param p : params) {
            p.value().put(0, values, at, p.size());
            at += p.size();
        }
    }

    private static void restoreAverage(Path file, byte[] bytes, GanModel model, String updates)
            throws CheckpointException {
        if (model.average() == null) {
            return;
        }
        if (bytes == null) {
            throw new CheckpointException(file + " is incomplete: it has no " + GENERATOR_AVERAGE);
        }
        try {
            model.average().restore(decode(bytes), Long.parseLong(updates));
        } catch (IllegalArgumentException mismatch) {
            throw new CheckpointException(file + " does not match its own description (damaged or edited)");
        }
    }

    private static void restoreOptimizer(Path file, byte[] bytes, Adam optimizer, String steps)
            throws CheckpointException {
        if (bytes == null) {
            return; // shipped without moments: Adam starts afresh
        }
        restore(file, bytes, optimizer.state());
        optimizer.restoreSteps(Long.parseLong(steps));
    }

    private static byte[] encode(List<Param> params) {
        int total = params.stream().mapToInt(Param::size).sum();
        ByteBuffer bytes = ByteBuffer.allocate(total * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (Param p : params) {
            for (float v : p.value().toArray()) {
                bytes.putFloat(v);
            }
        }
        return bytes.array();
    }

    private static byte[] encode(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return bytes.array();
    }

    private static float[] decode(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("an array entry is cut off mid-number");
        }
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    private static String join(int[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(String::valueOf).toArray(String[]::new));
    }

    private static int[] parseInts(String text) {
        return Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
