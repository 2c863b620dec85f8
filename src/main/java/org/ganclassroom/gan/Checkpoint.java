package org.ganclassroom.gan;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.io.InputStream;
import java.util.zip.ZipOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.ganclassroom.nn.Adam;
import org.ganclassroom.nn.Param;
import org.ganclassroom.storage.AtomicFiles;
import org.ganclassroom.text.Messages;

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
 * <p>A checkpoint may leave out the Adam moments: training then resumes with fresh moments, which only
 * changes the first few steps' sizes. A compact one ({@link Storage#COMPACT}, manifest key weights=int8)
 * also stores its large weight arrays in 8 bits; sample-data ships those.
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
    /** The run's curves and time-lapse ({@link RunHistory}); optional, absent from older checkpoints. */
    private static final String CURVES = "curves.csv";
    private static final String TIMELAPSE = "timelapse.bin";
    private static final String JUDGED = "judged.csv";
    /** Manifest key "weights": absent or float32, or int8 for {@link Storage#COMPACT} files. */
    private static final String FLOAT32 = "float32";
    private static final String INT8 = "int8";

    private Checkpoint() {
    }

    public static void save(GanModel model, Path file) throws CheckpointException {
        save(model, file, Storage.FULL);
    }

    /** What a checkpoint keeps: everything, all but Adam's moments, or that with 8-bit weights. */
    public enum Storage {
        FULL,
        /** No Adam moments: a third of the size. */
        WITHOUT_OPTIMIZER,
        /**
         * No Adam moments, and every parameter array of {@link #QUANTISED_FROM} values or more stored as 8-bit
         * integers times one float scale (its largest magnitude / 127): about a quarter of the size, for
         * sample-data. Small arrays (biases, BatchNorm's scales and running statistics) stay float32, since
         * a running variance rounded to 0 would blow up a picture. The judge scores such a generator within
         * 0.01 of the float one (sample-data/README.md).
         */
        COMPACT
    }

    static final int QUANTISED_FROM = 4096;

    public static void save(GanModel model, Path file, Storage storage) throws CheckpointException {
        save(model, file, storage, null);
    }

    /**
     * @param dataset what the model learns from ({@code mnist}, {@code fashion} or a folder's path), kept in
     *                the manifest so that loading the file can switch the dock to those images and their
     *                judge (null: not recorded)
     */
    public static void save(GanModel model, Path file, Storage storage, String dataset) throws CheckpointException {
        save(model, file, storage, dataset, RunHistory.NONE);
    }

    /** @param history the run's clock, curves and time-lapse, shown again when the checkpoint is loaded */
    public static void save(GanModel model, Path file, Storage storage, String dataset, RunHistory history)
            throws CheckpointException {
        try {
            boolean compact = storage == Storage.COMPACT;
            Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
            entries.put(MANIFEST, manifest(model, compact, dataset, history.elapsedMillis()));
            entries.put(GENERATOR, encode(values(model.generator().params()), sizes(model.generator().params()),
                    compact));
            entries.put(DISCRIMINATOR, encode(values(model.discriminator().params()),
                    sizes(model.discriminator().params()), compact));
            if (storage == Storage.FULL) {
                entries.put(GENERATOR_ADAM, encode(model.generatorOptimizer().state()));
                entries.put(DISCRIMINATOR_ADAM, encode(model.discriminatorOptimizer().state()));
            }
            entries.put(FIXED_NOISE, encode(model.fixedNoise()));
            if (model.average() != null) {
                entries.put(GENERATOR_AVERAGE, encode(model.average().values(), sizes(model.generator().params()),
                        compact));
            }
            putHistory(entries, history);
            writeZip(file, entries);
        } catch (IOException failed) {
            throw new CheckpointException(Messages.get("checkpoint.couldNotSave", file, failed.getMessage()), failed);
        }
    }

    /**
     * Writes {@code from} to {@code to} with {@code history} in place of the history it had, every weight
     * entry copied byte for byte: the shipped generators were given the history of the run that made them
     * (sample-data/README.md), and re-saving through a model would have re-rounded their 8-bit weights.
     */
    public static void withHistory(Path from, Path to, RunHistory history) throws CheckpointException {
        load(from); // refuses a damaged or strange file before anything is written
        try (ZipFile zip = new ZipFile(from.toFile())) {
            Properties manifest = manifestOf(from, zip);
            manifest.remove("elapsedMillis");
            if (history.elapsedMillis() > 0) {
                manifest.setProperty("elapsedMillis", String.valueOf(history.elapsedMillis()));
            }
            Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
            java.io.StringWriter text = new java.io.StringWriter();
            manifest.store(text, "GAN Classroom checkpoint");
            entries.put(MANIFEST, text.toString().getBytes(StandardCharsets.UTF_8));
            for (String name : ENTRY_NAMES) {
                if (!List.of(MANIFEST, CURVES, JUDGED, TIMELAPSE).contains(name) && zip.getEntry(name) != null) {
                    try (java.io.InputStream in = zip.getInputStream(zip.getEntry(name))) {
                        entries.put(name, in.readAllBytes()); // sizes already checked by load
                    }
                }
            }
            putHistory(entries, history);
            writeZip(to, entries);
        } catch (IOException failed) {
            throw new CheckpointException(Messages.get("checkpoint.couldNotSave", to, failed.getMessage()), failed);
        }
    }

    private static void putHistory(Map<String, byte[]> entries, RunHistory history) {
        if (!history.points().isEmpty()) {
            entries.put(CURVES, history.curvesCsv());
        }
        if (!history.judged().isEmpty()) {
            entries.put(JUDGED, history.judgedCsv());
        }
        if (!history.frames().isEmpty()) {
            entries.put(TIMELAPSE, history.framesBinary());
        }
    }

    private static void writeZip(Path file, Map<String, byte[]> entries) throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    public static GanModel load(Path file) throws CheckpointException {
        if (!Files.exists(file)) {
            throw new CheckpointException(Messages.get("checkpoint.missing", file));
        }
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(Messages.get("checkpoint.notAFile", file));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return load(file, zip);
        } catch (ZipException notZip) {
            throw new CheckpointException(Messages.get("checkpoint.notZip", file));
        } catch (IOException unreadable) {
            throw new CheckpointException(Messages.get("checkpoint.unreadable", file, unreadable.getMessage()), unreadable);
        }
    }

    /**
     * Reads only the entries this format has, each no longer than its preset needs: the manifest first,
     * then every array with the byte count the manifest's preset implies as its limit. A zip entry that
     * inflates to gigabytes (a zip bomb) or a preset edited to huge widths is refused before any large
     * allocation (docs/robustness.md).
     */
    private static GanModel load(Path file, ZipFile zip) throws CheckpointException, IOException {
        checkEntryNames(file, zip);
        byte[] manifestBytes = readEntry(file, zip, MANIFEST, MAX_MANIFEST_BYTES);
        if (manifestBytes == null) {
            throw new CheckpointException(Messages.get("checkpoint.noManifest", file));
        }
        Properties manifest = new Properties();
        try {
            manifest.load(new StringReader(new String(manifestBytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException garbled) {
            throw new CheckpointException(Messages.get("checkpoint.manifestUnreadable", file));
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new CheckpointException(Messages.get("checkpoint.notOurs", file));
        }
        if (!String.valueOf(VERSION).equals(manifest.getProperty("version"))) {
            throw new CheckpointException(Messages.get("checkpoint.otherVersion", file, manifest.getProperty("version"),
                    VERSION));
        }
        for (String name : new String[] {GENERATOR, DISCRIMINATOR, FIXED_NOISE}) {
            if (zip.getEntry(name) == null) {
                throw new CheckpointException(Messages.get("checkpoint.incomplete", file, name));
            }
        }
        for (String key : REQUIRED_KEYS) {
            String value = manifest.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new CheckpointException(Messages.get("checkpoint.noKey", file, key));
            }
        }
        try {
            Preset preset = presetFrom(manifest);
            float[] fixedNoise = requireFinite(file, decode(readEntry(file, zip, FIXED_NOISE,
                    (long) GanModel.GRID_SAMPLES * preset.generatorInputSize() * Float.BYTES)));
            if (fixedNoise.length != GanModel.GRID_SAMPLES * preset.generatorInputSize()) {
                throw new CheckpointException(Messages.get("checkpoint.mismatch", file));
            }
            GanModel model = new GanModel(preset, Long.parseLong(manifest.getProperty("seed")), fixedNoise,
                    Long.parseLong(manifest.getProperty("step")), Long.parseLong(manifest.getProperty("imagesSeen")));
            String weights = manifest.getProperty("weights", FLOAT32);
            if (!weights.equals(FLOAT32) && !weights.equals(INT8)) {
                throw new CheckpointException(Messages.get("checkpoint.unknownWeights", file, weights));
            }
            boolean compact = weights.equals(INT8);
            List<Param> generator = model.generator().params();
            List<Param> discriminator = model.discriminator().params();
            restore(file, decode(readEntry(file, zip, GENERATOR, bytesOf(generator)), sizes(generator), compact),
                    generator);
            restore(file, decode(readEntry(file, zip, DISCRIMINATOR, bytesOf(discriminator)), sizes(discriminator),
                    compact), discriminator);
            restoreAverage(file, readEntry(file, zip, GENERATOR_AVERAGE, bytesOf(generator)), model,
                    manifest.getProperty("averageUpdates", "0"), compact);
            restoreOptimizer(file, readEntry(file, zip, GENERATOR_ADAM, bytesOf(model.generatorOptimizer().state())),
                    model.generatorOptimizer(), manifest.getProperty("generatorAdamSteps"));
            restoreOptimizer(file, readEntry(file, zip, DISCRIMINATOR_ADAM,
                    bytesOf(model.discriminatorOptimizer().state())), model.discriminatorOptimizer(),
                    manifest.getProperty("discriminatorAdamSteps"));
            model.restoreTrainingSettings(Integer.parseInt(manifest.getProperty("batchSize")),
                    Double.parseDouble(manifest.getProperty("generatorLearningRate")),
                    Double.parseDouble(manifest.getProperty("discriminatorLearningRate")));
            if (model.step() < 0 || model.imagesSeen() < 0) {
                throw new CheckpointException(Messages.get("checkpoint.negativeStep", file));
            }
            return model;
        } catch (CheckpointException known) {
            throw known;
        } catch (RuntimeException damaged) {
            throw new CheckpointException(Messages.get("checkpoint.damaged", file, describe(damaged)), damaged);
        }
    }

    /**
     * How the run got there: its clock, curves and time-lapse ({@link RunHistory#NONE} for a checkpoint saved
     * before they were kept). Read with the same limits as the weights; a damaged history is refused.
     */
    public static RunHistory history(Path file) throws CheckpointException {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(Messages.get("checkpoint.missing", file));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            checkEntryNames(file, zip);
            Properties manifest = manifestOf(file, zip);
            long elapsed = Long.parseLong(manifest.getProperty("elapsedMillis", "0").strip());
            return RunHistory.read(elapsed, readEntry(file, zip, CURVES, RunHistory.MAX_CURVES_BYTES),
                    readEntry(file, zip, JUDGED, RunHistory.MAX_JUDGED_BYTES),
                    readEntry(file, zip, TIMELAPSE, RunHistory.MAX_FRAMES_BYTES));
        } catch (ZipException notZip) {
            throw new CheckpointException(Messages.get("checkpoint.notZip", file));
        } catch (IOException unreadable) {
            throw new CheckpointException(Messages.get("checkpoint.unreadable", file, unreadable.getMessage()));
        } catch (IllegalArgumentException damaged) { // NumberFormatException included
            throw new CheckpointException(Messages.get("checkpoint.damaged", file, damaged.getMessage()), damaged);
        }
    }

    /**
     * The images a checkpoint says it learned from ({@code mnist}, {@code fashion} or a folder's path), read
     * from its manifest alone; empty for files written before the key existed.
     */
    public static java.util.Optional<String> datasetOf(Path file) throws CheckpointException {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(Messages.get("checkpoint.missing", file));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return java.util.Optional.ofNullable(manifestOf(file, zip).getProperty("dataset")).map(String::strip)
                    .filter(name -> !name.isEmpty());
        } catch (ZipException notZip) {
            throw new CheckpointException(Messages.get("checkpoint.notZip", file));
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new CheckpointException(Messages.get("checkpoint.unreadable", file, unreadable.getMessage()));
        }
    }

    /**
     * The manifest alone, for what a caller needs without the weights (datasetOf, history). A malformed one
     * throws IllegalArgumentException (a bad unicode escape), which each caller words its own way.
     */
    private static Properties manifestOf(Path file, ZipFile zip) throws CheckpointException, IOException {
        byte[] bytes = readEntry(file, zip, MANIFEST, MAX_MANIFEST_BYTES);
        if (bytes == null) {
            throw new CheckpointException(Messages.get("checkpoint.noManifest", file));
        }
        Properties manifest = new Properties();
        manifest.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        return manifest;
    }

    /** Manifest keys every checkpoint of this version has; the code, hidden layer and average ones may be absent. */
    private static final List<String> REQUIRED_KEYS = List.of("preset", "latentSize", "generatorWidths",
            "discriminatorWidths", "presetBatchSize", "presetGeneratorLearningRate", "presetDiscriminatorLearningRate",
            "beta1", "leakySlope", "seed", "step", "imagesSeen", "batchSize", "generatorLearningRate",
            "discriminatorLearningRate");
    private static final List<String> ENTRY_NAMES = List.of(MANIFEST, GENERATOR, DISCRIMINATOR, GENERATOR_ADAM,
            DISCRIMINATOR_ADAM, FIXED_NOISE, GENERATOR_AVERAGE, CURVES, JUDGED, TIMELAPSE);
    private static final int MAX_MANIFEST_BYTES = 64 * 1024;

    private static void checkEntryNames(Path file, ZipFile zip) throws CheckpointException {
        if (zip.size() == 0) {
            throw new CheckpointException(Messages.get("checkpoint.emptyZip", file));
        }
        if (zip.size() > ENTRY_NAMES.size()) {
            throw new CheckpointException(Messages.get("checkpoint.tooManyFiles", file, zip.size(), ENTRY_NAMES.size()));
        }
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!ENTRY_NAMES.contains(name)) {
                throw new CheckpointException(Messages.get("checkpoint.strangeFile", file,
                        name.length() > 60 ? name.substring(0, 60) + "…" : name));
            }
        }
    }

    /** The entry's bytes, or null if absent; longer than {@code limit} means damaged, and is never read whole. */
    private static byte[] readEntry(Path file, ZipFile zip, String name, long limit)
            throws CheckpointException, IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        if (entry.getSize() > limit) {
            throw new CheckpointException(Messages.get("checkpoint.entryTooLarge", file, name, entry.getSize(), limit));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 16));
            if (in.read() != -1) {
                throw new CheckpointException(Messages.get("checkpoint.entryTooLong", file, name));
            }
            // ZipFile does not check an entry's CRC (only ZipInputStream does): a flipped bit in the weights
            // loaded without a word and trained on. The central directory's CRC is checked here.
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes);
            if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                throw new CheckpointException(Messages.get("checkpoint.damagedEntry", file, name));
            }
            return bytes;
        } catch (ZipException | java.io.EOFException cut) {
            throw new CheckpointException(Messages.get("checkpoint.cannotUnpack", file, name));
        }
    }

    private static long bytesOf(List<Param> params) {
        return params.stream().mapToLong(Param::size).sum() * Float.BYTES;
    }

    private static byte[] manifest(GanModel model, boolean compact, String dataset, long elapsedMillis)
            throws IOException {
        Preset preset = model.preset();
        Properties p = new Properties();
        if (elapsedMillis > 0) {
            p.setProperty("elapsedMillis", String.valueOf(elapsedMillis));
        }
        if (dataset != null) {
            p.setProperty("dataset", dataset);
        }
        p.setProperty("format", FORMAT);
        p.setProperty("version", String.valueOf(VERSION));
        if (compact) {
            p.setProperty("weights", INT8);
        }
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
        p.setProperty("clusterWeight", String.valueOf(preset.clusterWeight()));
        p.setProperty("discriminatorHidden", String.valueOf(preset.discriminatorHidden()));
        p.setProperty("averageDecay", String.valueOf(preset.averageDecay()));
        p.setProperty("conditional", String.valueOf(preset.conditional()));
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
                Double.parseDouble(p.getProperty("clusterWeight", "0")),
                Integer.parseInt(p.getProperty("discriminatorHidden", "0")),
                Double.parseDouble(p.getProperty("averageDecay", "0")),
                Boolean.parseBoolean(p.getProperty("conditional", "false")));
    }

    private static void restore(Path file, byte[] bytes, List<Param> params) throws CheckpointException {
        restore(file, decode(bytes), params);
    }

    private static void restore(Path file, float[] values, List<Param> params) throws CheckpointException {
        long expected = params.stream().mapToLong(Param::size).sum();
        if (values.length != expected) {
            throw new CheckpointException(Messages.get("checkpoint.mismatch", file));
        }
        requireFinite(file, values);
        int at = 0;
        for (Param p : params) {
            p.value().put(0, values, at, p.size());
            at += p.size();
        }
    }

    /** NaN or infinite weights would load and then draw black pictures; refuse them with a sentence. */
    private static float[] requireFinite(Path file, float[] values) throws CheckpointException {
        for (float value : values) {
            if (!Float.isFinite(value)) {
                throw new CheckpointException(Messages.get("checkpoint.notNumbers", file));
            }
        }
        return values;
    }

    private static void restoreAverage(Path file, byte[] bytes, GanModel model, String updates, boolean compact)
            throws CheckpointException {
        if (model.average() == null) {
            return;
        }
        if (bytes == null) {
            throw new CheckpointException(Messages.get("checkpoint.incomplete", file, GENERATOR_AVERAGE));
        }
        try {
            model.average().restore(requireFinite(file, decode(bytes, sizes(model.generator().params()), compact)),
                    Long.parseLong(updates));
        } catch (IllegalArgumentException mismatch) {
            throw new CheckpointException(Messages.get("checkpoint.mismatch", file));
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
        return encode(values(params));
    }

    private static float[] values(List<Param> params) {
        float[] all = new float[params.stream().mapToInt(Param::size).sum()];
        int at = 0;
        for (Param p : params) {
            p.value().get(0, all, at, p.size());
            at += p.size();
        }
        return all;
    }

    private static int[] sizes(List<Param> params) {
        return params.stream().mapToInt(Param::size).toArray();
    }

    /** Float32 throughout, or (compact) each array of {@link #QUANTISED_FROM}+ values as a scale and bytes. */
    static byte[] encode(float[] values, int[] arrays, boolean compact) {
        if (!compact) {
            return encode(values);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int at = 0;
        for (int size : arrays) {
            if (size < QUANTISED_FROM) {
                out.writeBytes(encode(Arrays.copyOfRange(values, at, at + size)));
            } else {
                float largest = 0;
                for (int i = at; i < at + size; i++) {
                    largest = Math.max(largest, Math.abs(values[i]));
                }
                float scale = largest / 127;
                out.writeBytes(encode(new float[] {scale}));
                byte[] q = new byte[size];
                for (int i = 0; i < size; i++) {
                    q[i] = scale == 0 ? 0 : (byte) Math.round(values[at + i] / scale);
                }
                out.writeBytes(q);
            }
            at += size;
        }
        return out.toByteArray();
    }

    static float[] decode(byte[] bytes, int[] arrays, boolean compact) {
        if (!compact) {
            return decode(bytes);
        }
        float[] values = new float[Arrays.stream(arrays).sum()];
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int at = 0;
        try {
            for (int size : arrays) {
                if (size < QUANTISED_FROM) {
                    in.asFloatBuffer().get(values, at, size);
                    in.position(in.position() + size * Float.BYTES);
                } else {
                    float scale = in.getFloat();
                    for (int i = 0; i < size; i++) {
                        values[at + i] = in.get() * scale;
                    }
                }
                at += size;
            }
        } catch (java.nio.BufferUnderflowException cut) {
            throw new IllegalArgumentException("an 8-bit weight entry is shorter than its preset needs");
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("an 8-bit weight entry is longer than its preset needs");
        }
        return values;
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
