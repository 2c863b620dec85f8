package org.ganclassroom.gan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.ganclassroom.storage.AtomicFiles;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The whole training state in one zip file: G, D and the stacked network with their Adam state, the
 * fixed noise, the step, the preset and the training settings. Written atomically, so a crash while
 * saving leaves the previous checkpoint intact. Reading a truncated or foreign file gives a sentence,
 * never a stack trace.
 *
 * <p>Each network is serialised by DL4J's ModelSerializer into memory first and stored as one entry:
 * ModelSerializer writes a zip of its own and closes the stream it is given.
 */
public final class Checkpoint {

    static final String FORMAT = "gan-classroom-checkpoint";
    static final int VERSION = 1;
    private static final String MANIFEST = "manifest.properties";
    private static final String GENERATOR = "generator.dl4j";
    private static final String DISCRIMINATOR = "discriminator.dl4j";
    private static final String STACKED = "stacked.dl4j";
    private static final String FIXED_NOISE = "fixed-noise.npy";

    private Checkpoint() {
    }

    public static void save(GanModel model, Path file) throws CheckpointException {
        try {
            Map<String, byte[]> entries = new HashMap<>();
            entries.put(MANIFEST, manifest(model));
            entries.put(GENERATOR, serialise(model.generator(), false));
            entries.put(DISCRIMINATOR, serialise(model.discriminator(), true));
            entries.put(STACKED, serialise(model.stacked(), true));
            entries.put(FIXED_NOISE, Nd4j.toNpyByteArray(model.fixedNoise()));
            AtomicFiles.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                for (String name : new String[] {MANIFEST, GENERATOR, DISCRIMINATOR, STACKED, FIXED_NOISE}) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(entries.get(name));
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
        for (String name : new String[] {GENERATOR, DISCRIMINATOR, STACKED, FIXED_NOISE}) {
            if (!entries.containsKey(name)) {
                throw new CheckpointException(file + " is incomplete: it has no " + name);
            }
        }
        try {
            Preset preset = presetFrom(manifest);
            MultiLayerNetwork generator = restore(entries.get(GENERATOR), false);
            MultiLayerNetwork discriminator = restore(entries.get(DISCRIMINATOR), true);
            MultiLayerNetwork stacked = restore(entries.get(STACKED), true);
            INDArray fixedNoise = Nd4j.createNpyFromByteArray(entries.get(FIXED_NOISE));
            checkShapes(file, preset, generator, discriminator, stacked, fixedNoise);
            GanModel model = new GanModel(preset, Long.parseLong(manifest.getProperty("seed")), generator,
                    discriminator, stacked, fixedNoise, Long.parseLong(manifest.getProperty("step")),
                    Long.parseLong(manifest.getProperty("imagesSeen")));
            model.restoreTrainingSettings(Integer.parseInt(manifest.getProperty("batchSize")),
                    Double.parseDouble(manifest.getProperty("generatorLearningRate")),
                    Double.parseDouble(manifest.getProperty("discriminatorLearningRate")));
            return model;
        } catch (CheckpointException known) {
            throw known;
        } catch (IOException | RuntimeException damaged) {
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
        p.setProperty("seed", String.valueOf(model.seed()));
        p.setProperty("step", String.valueOf(model.step()));
        p.setProperty("imagesSeen", String.valueOf(model.imagesSeen()));
        p.setProperty("batchSize", String.valueOf(model.batchSize()));
        p.setProperty("generatorLearningRate", String.valueOf(model.generatorLearningRate()));
        p.setProperty("discriminatorLearningRate", String.valueOf(model.discriminatorLearningRate()));
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
                Double.parseDouble(p.getProperty("beta1")), Double.parseDouble(p.getProperty("leakySlope")));
    }

    private static void checkShapes(Path file, Preset preset, MultiLayerNetwork generator,
                                    MultiLayerNetwork discriminator, MultiLayerNetwork stacked, INDArray noise)
            throws CheckpointException {
        boolean ok = generator.getnLayers() == GanNetworks.GENERATOR_LAYERS
                && discriminator.getnLayers() == GanNetworks.DISCRIMINATOR_LAYERS
                && stacked.getnLayers() == GanNetworks.GENERATOR_LAYERS + GanNetworks.DISCRIMINATOR_LAYERS
                && noise.rank() == 2 && noise.size(1) == preset.latentSize()
                // G's first weight matrix takes the noise vector; the stack holds exactly G's and D's weights.
                && generator.getLayer(0).getParam("W").size(0) == preset.latentSize()
                && stacked.numParams() == generator.numParams() + discriminator.numParams();
        if (!ok) {
            throw new CheckpointException(file + " does not match its own description (damaged or edited)");
        }
    }

    private static byte[] serialise(MultiLayerNetwork network, boolean withUpdater) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network, bytes, withUpdater);
        return bytes.toByteArray();
    }

    private static MultiLayerNetwork restore(byte[] bytes, boolean withUpdater) throws IOException {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return ModelSerializer.restoreMultiLayerNetwork(in, withUpdater);
        }
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
