package org.ganclassroom.quiz;

import org.ganclassroom.text.Messages;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganclassroom.storage.AtomicFiles;
import org.ganclassroom.storage.WriterLock;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Saves a student's {@link Progress} in the per-user data folder as {@code progress.yaml}, atomically:
 * a crash mid-write never loses earlier answers. A file that cannot be read (or is larger than any real
 * progress file, {@link #MAX_BYTES}) is kept as {@code progress.yaml.broken-<time>} and the student starts
 * clean, and {@link #loadProblem()} says so.
 *
 * <p>One writer: {@link #load()} takes a {@link WriterLock} on {@code progress.yaml.lock}. A second window on
 * the same account would otherwise overwrite the first one's answers with its own older copy; it gets
 * the progress read-only instead, and a sentence saying why. {@link #close()} lets go.
 */
public final class ProgressStore implements AutoCloseable {

    static final String FILE_NAME = "progress.yaml";
    /** About 40,000 answers; a larger file is not one this app wrote, and parsing it would stall start-up. */
    static final long MAX_BYTES = 4L << 20;

    private final Path file;
    private String loadProblem;
    private WriterLock lock;
    private boolean readOnly;

    public ProgressStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    /** True when another window holds the progress file: answers are shown but not saved. */
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    public Path file() {
        return file;
    }

    /** Why the last load started clean, for the UI to tell the student; empty when it loaded normally. */
    public Optional<String> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    public Progress load() {
        loadProblem = null;
        claim();
        if (readOnly) {
            loadProblem = Messages.get("progress.readOnly");
        }
        Progress progress = new Progress();
        if (!Files.isRegularFile(file)) {
            return progress;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("it is larger than any progress file this app writes");
            }
        } catch (IOException tooLarge) {
            return setAside();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            read(document, progress);
            return progress;
        } catch (IOException | RuntimeException unreadable) {
            return setAside();
        }
    }

    private void claim() {
        if (lock != null || readOnly) {
            return;
        }
        try {
            lock = WriterLock.tryAcquire(file.resolveSibling(FILE_NAME + ".lock")).orElse(null);
            readOnly = lock == null;
            if (lock != null) {
                AtomicFiles.removeLeftovers(file.getParent(), FILE_NAME); // saves a crash interrupted
            }
        } catch (IOException cannotLock) {
            // a read-only home: saving fails anyway, with its own message
        }
    }

    private Progress setAside() {
        if (readOnly) {
            loadProblem = Messages.get("progress.unreadableElsewhere", file);
            return new Progress();
        }
        try {
            Path backup = AtomicFiles.setAside(file);
            loadProblem = Messages.get("progress.setAside", backup);
        } catch (IOException cannotMove) {
            loadProblem = Messages.get("progress.unreadable", file);
        }
        return new Progress();
    }

    public void save(Progress progress) throws IOException {
        claim();
        if (readOnly) {
            throw new IOException(Messages.get("progress.notSaved"));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "gan-classroom-progress");
        document.put("version", 1);
        if (!progress.studentName().isEmpty()) {
            document.put("student", progress.studentName());
        }
        document.put("choiceOrder", progress.choiceOrder());
        document.put("opened", new ArrayList<>(progress.opened()));
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Answer a : progress.allAnswers()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("lesson", a.lessonId());
            row.put("item", a.item());
            row.put("given", a.given());
            row.put("correct", a.correct());
            row.put("at", a.at().toString());
            answers.add(row);
        }
        document.put("answers", answers);
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (RoundResult r : progress.rounds()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("lesson", r.lessonId());
            row.put("correct", r.correct());
            row.put("total", r.total());
            row.put("discriminatorCorrect", r.discriminatorCorrect());
            row.put("at", r.at().toString());
            rounds.add(row);
        }
        document.put("rounds", rounds);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        AtomicFiles.writeString(file, new Yaml(options).dump(document));
    }

    @SuppressWarnings("unchecked")
    private static void read(Object document, Progress progress) {
        if (!(document instanceof Map<?, ?> raw) || !"gan-classroom-progress".equals(raw.get("format"))) {
            throw new IllegalStateException("not a GAN Classroom progress file");
        }
        Map<String, Object> map = (Map<String, Object>) raw;
        if (map.get("student") != null) {
            progress.setStudentName(String.valueOf(map.get("student")));
        }
        if (map.get("choiceOrder") instanceof Number order) { // absent before choices were shuffled: a new one
            progress.setChoiceOrder(order.longValue());
        }
        for (Object id : (List<Object>) map.getOrDefault("opened", List.of())) {
            progress.markOpened(String.valueOf(id));
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) map.getOrDefault("answers", List.of())) {
            progress.record(new Answer((String) row.get("lesson"), ((Number) row.get("item")).intValue(),
                    String.valueOf(row.get("given")), (Boolean) row.get("correct"),
                    Instant.parse((String) row.get("at"))));
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) map.getOrDefault("rounds", List.of())) {
            progress.record(new RoundResult((String) row.get("lesson"), ((Number) row.get("correct")).intValue(),
                    ((Number) row.get("total")).intValue(), ((Number) row.get("discriminatorCorrect")).intValue(),
                    Instant.parse((String) row.get("at"))));
        }
    }
}
