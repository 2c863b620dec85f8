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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A class session on disk ({@code DIR/class-session.yaml}), written whole after every change through a
 * temporary file and an atomic rename, so a crash or a closed laptop loses at most the change being made,
 * and an instructor who opens the app again resumes the same class (same code, students, answers). Also
 * writes the results as CSV. Tokens are stored so that students' phones stay joined across a restart; the
 * file lives in the instructor's own data folder.
 */
public final class ClassStore {

    public static final String FILE = "class-session.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(ClassStore.class);

    private final Path file;

    public ClassStore(Path folder) {
        this.file = folder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Writes the session now; a failure is logged and returned (the class goes on). */
    public Optional<IOException> save(ClassSession session) {
        ClassSession.Snapshot s = session.snapshot();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("joinCode", s.joinCode());
        root.put("revealed", s.revealed());
        List<Map<String, Object>> students = new ArrayList<>();
        for (ClassSession.Student student : s.students()) {
            students.add(new LinkedHashMap<>(Map.of("token", student.token(), "nickname", student.nickname())));
        }
        root.put("students", students);
        List<Map<String, Object>> checks = new ArrayList<>();
        for (int i = 0; i < s.checks().size(); i++) {
            RoomCheck check = s.checks().get(i);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("source", check.source());
            c.put("prompt", check.prompt());
            c.put("choices", check.choices());
            c.put("correct", check.correctIndex());
            c.put("explanation", check.explanation());
            if (check.hasPicture()) {
                c.put("picture", java.util.Base64.getEncoder().encodeToString(check.picture()));
                c.put("discriminatorScores", check.discriminatorScores());
            }
            c.put("answers", new LinkedHashMap<>(s.answers().get(i)));
            checks.add(c);
        }
        root.put("checks", checks);
        try {
            AtomicFiles.writeString(file, new Yaml().dump(root));
            return Optional.empty();
        } catch (IOException failed) {
            LOG.warn("Could not save the class session to {}", file, failed);
            return Optional.of(failed);
        }
    }

    /** A picture's discriminator scores; a session saved before pairs existed has one "discriminatorScore". */
    @SuppressWarnings("unchecked")
    private static List<Double> scores(Map<String, Object> check) {
        Object one = check.get("discriminatorScore");
        if (one != null) {
            return List.of(((Number) one).doubleValue());
        }
        return ((List<Number>) check.get("discriminatorScores")).stream().map(Number::doubleValue).toList();
    }

    /** The session saved here, if there is one that can be read. */
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
                String picture = (String) c.get("picture");
                checks.add(new RoomCheck((String) c.get("source"), (String) c.get("prompt"),
                        (List<String>) c.get("choices"), (Integer) c.get("correct"), (String) c.get("explanation"),
                        picture == null ? null : java.util.Base64.getDecoder().decode(picture),
                        picture == null ? List.of() : scores(c)));
                answers.add(new LinkedHashMap<>((Map<String, Integer>) c.get("answers")));
            }
            return Optional.of(ClassSession.restore(new ClassSession.Snapshot((String) root.get("joinCode"), students,
                    checks, answers, Boolean.TRUE.equals(root.get("revealed"))), onChange));
        } catch (RuntimeException unreadable) {
            throw new IOException(file + " is not a class session this app can read (" + unreadable.getMessage() + ")",
                    unreadable);
        }
    }

    /** The results as CSV: one row per student and check (nickname, check, answer, right), then the room. */
    public static String csv(ClassSession session) {
        StringBuilder out = new StringBuilder("check,source,student,answer,right\n");
        for (int n = 1; n <= session.checkCount(); n++) {
            ClassSession.Tally tally = session.tally(n);
            for (ClassSession.Student student : session.students()) {
                Optional<Integer> given = session.answerOf(student.token(), n);
                out.append(n).append(',').append(cell(tally.check().source())).append(',')
                        .append(cell(student.nickname())).append(',')
                        .append(given.map(g -> cell(tally.check().choices().get(g))).orElse("")).append(',')
                        .append(given.map(g -> String.valueOf(g == tally.check().correctIndex())).orElse(""))
                        .append('\n');
            }
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
