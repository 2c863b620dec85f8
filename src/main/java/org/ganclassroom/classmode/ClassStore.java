package org.ganclassroom.classmode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganclassroom.storage.AtomicFiles;
import org.ganclassroom.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A class session on disk: a snapshot ({@code DIR/class-session.yaml}, written whole through a temporary
 * file and an atomic rename) and, once {@link #open} is called, a journal of every change since it
 * ({@link ClassJournal}), so a crash or a closed laptop loses no answer a phone was told was counted, and an
 * instructor who opens the app again resumes the same class (same code, students, answers). Also writes
 * the results as CSV. Tokens are stored so that students' phones stay joined across a restart; the files
 * live in the instructor's own data folder.
 */
public final class ClassStore implements AutoCloseable {

    public static final String FILE = "class-session.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(ClassStore.class);

    private final Path file;
    private final Path journalFile;
    private ClassJournal journal;

    public ClassStore(Path folder) {
        this.file = folder.resolve(FILE);
        this.journalFile = folder.resolve(ClassJournal.FILE);
    }

    public Path file() {
        return file;
    }

    /**
     * From now on every change of {@code session} is journaled, in order, before its method returns; writes
     * a snapshot first. Call once, after {@link #load} or with a new session.
     */
    public synchronized void open(ClassSession session) throws IOException {
        if (journal != null) {
            throw new IllegalStateException("the class store is already open");
        }
        journal = new ClassJournal(journalFile, this, session);
        session.attach(journal);
    }

    /** Writes the session whole now (after the journal's queued changes); a failure is returned, the class goes on. */
    public Optional<IOException> save(ClassSession session) {
        ClassJournal open;
        synchronized (this) {
            open = journal;
        }
        if (open != null) {
            return open.snapshot();
        }
        try {
            writeSnapshot(session);
            return Optional.empty();
        } catch (IOException failed) {
            return Optional.of(failed);
        }
    }

    /** Writes what is queued and a last snapshot, and ends the journal's thread. */
    @Override
    public void close() {
        ClassJournal open;
        synchronized (this) {
            open = journal;
        }
        if (open != null) {
            open.close();
        }
    }

    /** Writes the whole session; returns the newest change it holds. */
    long writeSnapshot(ClassSession session) throws IOException {
        ClassSession.Snapshot s = session.snapshot();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("seq", s.seq());
        root.put("joinCode", s.joinCode());
        root.put("revealed", s.revealed());
        root.put("doorsClosed", s.doorsClosed());
        List<Map<String, Object>> students = new ArrayList<>();
        for (ClassSession.Student student : s.students()) {
            students.add(new LinkedHashMap<>(Map.of("token", student.token(), "nickname", student.nickname())));
        }
        root.put("students", students);
        List<Map<String, Object>> checks = new ArrayList<>();
        for (int i = 0; i < s.checks().size(); i++) {
            RoomCheck check = s.checks().get(i);
            Map<String, Object> c = check.fields();
            c.put("answers", new LinkedHashMap<>(s.answers().get(i)));
            checks.add(c);
        }
        root.put("checks", checks);
        try {
            AtomicFiles.writeString(file, new Yaml().dump(root));
            return s.seq();
        } catch (IOException failed) {
            LOG.warn("Could not save the class session to {}", file, failed);
            throw failed;
        }
    }

    /**
     * What {@link #resume} found: the saved class, or none; and where a saved class that could not be read was
     * moved ({@code <name>.broken-<time>}, its journal beside it), with why.
     */
    public record Resumed(Optional<ClassSession> session, Optional<Path> setAsideAs, String why) {
    }

    /**
     * The class saved here, or none; a damaged one is set aside (never deleted) so that class mode starts
     * fresh instead of refusing to start until someone deletes a file by hand.
     */
    public Resumed resume(Runnable onChange) throws IOException {
        try {
            return new Resumed(load(onChange), Optional.empty(), "");
        } catch (IOException unreadable) {
            Path kept = AtomicFiles.setAside(file);
            if (Files.exists(journalFile)) {
                Files.move(journalFile, kept.resolveSibling(kept.getFileName() + ".journal"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.warn("Set the unreadable class session aside as {}", kept, unreadable);
            String why = unreadable.getCause() != null && unreadable.getCause().getMessage() != null
                    ? unreadable.getCause().getMessage() : String.valueOf(unreadable.getMessage());
            return new Resumed(Optional.empty(), Optional.of(kept), why);
        }
    }

    /**
     * Puts the class saved here away for a new one (next week, another section): its files are renamed
     * {@code class-<date-time>.yaml} and {@code .journal}, and its results written beside them as
     * {@code class-<date-time>.csv}. Returns the CSV, or empty when there was no class to put away. A new
     * session then gets a fresh code, and the old tokens no longer join. Call before {@link #open}, with the
     * session {@link #resume} read from here.
     */
    public Optional<Path> archive(ClassSession saved) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String stamp = java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-');
        Path csv = file.resolveSibling("class-" + stamp + ".csv");
        AtomicFiles.writeString(csv, csv(saved)); // the caller resumed it already: not read from disk again
        Files.move(file, file.resolveSibling("class-" + stamp + ".yaml"));
        if (Files.exists(journalFile)) {
            Files.move(journalFile, file.resolveSibling("class-" + stamp + ".journal"));
        }
        return Optional.of(csv);
    }

    /** The session saved here (its snapshot, then its journal's changes), if there is one that can be read. */
    @SuppressWarnings("unchecked")
    public Optional<ClassSession> load(Runnable onChange) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(20 * 1024 * 1024);
        try {
            Map<String, Object> root = new Yaml(new SafeConstructor(options)).load(Files.readString(file));
            List<ClassSession.Student> students = new ArrayList<>();
            for (Map<String, Object> st : (List<Map<String, Object>>) root.get("students")) {
                students.add(new ClassSession.Student((String) st.get("token"), (String) st.get("nickname")));
            }
            List<RoomCheck> checks = new ArrayList<>();
            List<Map<String, Integer>> answers = new ArrayList<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) root.get("checks")) {
                checks.add(RoomCheck.fromFields(c));
                answers.add(new LinkedHashMap<>((Map<String, Integer>) c.get("answers")));
            }
            Object seq = root.get("seq");
            ClassSession session = ClassSession.restore(new ClassSession.Snapshot((String) root.get("joinCode"), students,
                    checks, answers, Boolean.TRUE.equals(root.get("revealed")), Boolean.TRUE.equals(root.get("doorsClosed")),
                    seq == null ? 0 : ((Number) seq).longValue()), onChange);
            replayJournal(session);
            return Optional.of(session);
        } catch (RuntimeException unreadable) {
            throw new IOException(file + " is not a class session this app can read (" + unreadable.getMessage() + ")",
                    unreadable);
        }
    }

    /**
     * The journal's changes over the snapshot. A last line cut short (the power went mid-write: that change
     * was never acknowledged) is left out; a damaged line before it is an error.
     */
    private void replayJournal(ClassSession session) throws IOException {
        if (!Files.isRegularFile(journalFile)) {
            return;
        }
        String text = Files.readString(journalFile);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            boolean last = i == lines.length - 1; // no newline after it: the write did not finish
            try {
                session.replay(ClassJournal.parse(lines[i]));
            } catch (RuntimeException damaged) {
                if (last) {
                    LOG.warn("Left out the class journal's last line, cut short: {}", lines[i]);
                    return;
                }
                throw new IllegalArgumentException(journalFile + " line " + (i + 1) + ": " + damaged.getMessage(), damaged);
            }
        }
    }

    /**
     * The results as CSV, for a spreadsheet: a byte-order mark (Excel then reads é and ✓ right), one row per
     * student and check (check, source, student, answer, right or wrong in the chosen language), then, after an
     * empty line, each student's totals (answered, right, of how many checks).
     */
    public static String csv(ClassSession session) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(Messages.get("class.csv.header")).append('\n');
        int checks = session.checkCount();
        Map<String, int[]> totals = new LinkedHashMap<>();
        for (ClassSession.Student student : session.students()) {
            totals.put(student.token(), new int[2]);
        }
        for (int n = 1; n <= checks; n++) {
            ClassSession.Tally tally = session.tally(n);
            for (ClassSession.Student student : session.students()) {
                Optional<Integer> given = session.answerOf(student.token(), n);
                boolean right = given.isPresent() && given.get() == tally.check().correctIndex();
                int[] total = totals.get(student.token());
                total[0] += given.isPresent() ? 1 : 0;
                total[1] += right ? 1 : 0;
                out.append(n).append(',').append(cell(tally.check().source())).append(',')
                        .append(cell(student.nickname())).append(',')
                        .append(given.map(g -> cell(tally.check().choices().get(g))).orElse("")).append(',')
                        .append(given.map(g -> Messages.get(right ? "class.csv.right" : "class.csv.wrong")).orElse(""))
                        .append('\n');
            }
        }
        out.append('\n').append(Messages.get("class.csv.totalsHeader")).append('\n');
        for (ClassSession.Student student : session.students()) {
            int[] total = totals.get(student.token());
            out.append(cell(student.nickname())).append(',').append(total[0]).append(',').append(total[1]).append(',')
                    .append(checks).append('\n');
        }
        return out.toString();
    }

    /** A CSV cell: quoted when needed, and a leading = + - @ defused so a spreadsheet never runs it. */
    static String cell(String text) {
        String safe = text.isEmpty() || "=+-@".indexOf(text.charAt(0)) < 0 ? text : "'" + text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
