package org.ganclassroom.classmode;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganclassroom.text.Messages;

/**
 * One class answering together: the join code, the students who joined (each with a secret token), the
 * checks the instructor has sent, and every answer. The headless core of class mode: the HTTP server and
 * the instructor's view only call these methods. Thread-safe (every method is synchronized: the server
 * answers students on many threads while the instructor sends and reveals).
 *
 * <p>Rules a class relies on: only someone with the join code gets in; a nickname is taken once; each
 * student answers each check at most once (the first answer counts, so a double tap or a retried request
 * never counts twice); a revealed check takes no more answers; a student who loses the page and comes back
 * with their token keeps their answers.
 */
public final class ClassSession {

    /** Enough for a big lecture hall, small enough that a flood of fake joins cannot fill memory. */
    public static final int MAX_STUDENTS = 500;
    public static final int MAX_NICKNAME = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String joinCode;
    private final Map<String, Student> studentsByToken = new LinkedHashMap<>();
    private final List<RoomCheck> checks = new ArrayList<>();
    /** For each check (by index), each student's choice (by token). */
    private final List<Map<String, Integer>> answers = new ArrayList<>();
    private boolean revealed;
    /** Set by the instructor once everyone is in: nobody else joins (a code seen on a photo of the screen). */
    private boolean doorsClosed;
    /** Counts changes: the number of the newest, which the journal writes beside it (see {@link Change}). */
    private long version;
    private final Runnable onChange;
    private Journal journal = Journal.NONE;
    /**
     * Phones asking to be let back in as a student who lost their token (a private tab, another browser),
     * by request id; the instructor approves or refuses each. Not journaled: a restart asks them again.
     */
    private final Map<String, Rejoin> rejoins = new LinkedHashMap<>();
    static final int MAX_REJOINS = 50;

    /** A phone asking to be {@code student} again; approved, it gets the student's token. */
    public record Rejoin(String id, Student student, Boolean approved) {
    }

    /**
     * One change to the class, as the store journals it: numbered by {@link #version()} after it, so a
     * replay skips what a snapshot already holds.
     */
    public sealed interface Change {
        long seq();

        record Joined(long seq, Student student) implements Change {
        }

        record Sent(long seq, RoomCheck check) implements Change {
        }

        record Answered(long seq, String token, int number, int choice) implements Change {
        }

        record Revealed(long seq) implements Change {
        }

        record Removed(long seq, String token) implements Change {
        }

        record Renamed(long seq, String token, String nickname) implements Change {
        }

        record Doors(long seq, boolean closed) implements Change {
        }
    }

    /**
     * Where changes are written. Called under the session's lock, so changes reach it in the order they
     * happened; the future completes once the change is on disk, and the change's method returns only then
     * (a phone is told "counted" for an answer that a crash cannot lose).
     */
    public interface Journal {
        Journal NONE = change -> java.util.concurrent.CompletableFuture.completedFuture(null);

        java.util.concurrent.CompletableFuture<Void> append(Change change);
    }

    /** A student as the class knows them; the token is their secret, the nickname is shown. */
    public record Student(String token, String nickname) {
    }

    /** Why a request was refused, with the sentence to show the person who made it. */
    public static final class Refused extends Exception {
        private final Reason reason;

        public Refused(Reason reason, String sentence) {
            super(sentence);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    public enum Reason { WRONG_CODE, BAD_NICKNAME, NICKNAME_TAKEN, FULL, DOORS_CLOSED, UNKNOWN_STUDENT, NO_OPEN_CHECK,
        BAD_CHOICE }

    /** How the room answered one check. */
    public record Tally(int checkNumber, RoomCheck check, int joined, int answered, int[] counts, boolean revealed) {

        /** Share of the answers that are right (0 when nobody answered). */
        public double rightShare() {
            return answered == 0 ? 0 : counts[check.correctIndex()] / (double) answered;
        }
    }

    /** @param onChange called after every change (the store saves, the projector redraws); never null */
    public ClassSession(String joinCode, Runnable onChange) {
        this.joinCode = joinCode;
        this.onChange = onChange;
    }

    /** A new session with the instructor's own join code (checked: see {@link JoinCodes#valid}). */
    public static ClassSession withCode(String code, Runnable onChange) {
        if (!JoinCodes.valid(code)) {
            throw new IllegalArgumentException(Messages.get("class.badCode", JoinCodes.ALPHABET));
        }
        return new ClassSession(code.toUpperCase(java.util.Locale.ROOT), onChange);
    }

    /** A new session with a fresh six-character join code. */
    public static ClassSession start(Runnable onChange) {
        return new ClassSession(JoinCodes.fresh(), onChange);
    }

    public String joinCode() {
        return joinCode;
    }

    public synchronized long version() {
        return version;
    }

    /** Lets a student in with the class's code and a nickname; returns their token. */
    public Student join(String code, String nickname) throws Refused {
        Student joined;
        java.util.concurrent.CompletableFuture<Void> written;
        synchronized (this) {
            requireCode(code);
            if (doorsClosed) {
                throw new Refused(Reason.DOORS_CLOSED, "This class takes no new students now: ask your teacher.");
            }
            String name = freeNickname(nickname, null);
            if (studentsByToken.size() >= MAX_STUDENTS) {
                throw new Refused(Reason.FULL, "This class is full (" + MAX_STUDENTS + " students).");
            }
            joined = new Student(secret(), name);
            studentsByToken.put(joined.token(), joined);
            version++;
            written = journal.append(new Change.Joined(version, joined));
        }
        changed(written);
        return joined;
    }

    /** After a change, outside the lock: the view is told, and the method returns once the change is on disk. */
    private void changed(java.util.concurrent.CompletableFuture<Void> written) {
        onChange.run();
        written.join();
    }

    private void requireCode(String code) throws Refused {
        if (code == null || !JoinCodes.same(joinCode, code)) {
            throw new Refused(Reason.WRONG_CODE, "That is not this class's join code.");
        }
    }

    /** 128 random bits in hex: a student's token, a rejoin request's id. */
    private static String secret() {
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** A nickname a student may take (normalised), unless someone other than {@code token} has it or its look-alike. */
    private String freeNickname(String nickname, String token) throws Refused {
        String name = Nicknames.normalised(nickname);
        if (name.isEmpty() || name.length() > MAX_NICKNAME || Nicknames.hasHiddenCharacters(name)) {
            throw new Refused(Reason.BAD_NICKNAME, "Choose a nickname of 1 to " + MAX_NICKNAME + " characters.");
        }
        String looks = Nicknames.skeleton(name); // "Аda" with a Cyrillic А is Ada to the room
        for (Student s : studentsByToken.values()) {
            if (Nicknames.skeleton(s.nickname()).equals(looks) && !s.token().equals(token)) {
                throw new Refused(Reason.NICKNAME_TAKEN, "Someone in this class is already called " + name
                        + ": choose another nickname.");
            }
        }
        return name;
    }

    /**
     * The instructor takes a student out of the class (a bot, a joke name, a student who left): their
     * answers no longer count and their phone must join again. Returns false when nobody has that nickname.
     */
    public boolean remove(String nickname) {
        java.util.concurrent.CompletableFuture<Void> written;
        synchronized (this) {
            Optional<Student> student = byNickname(nickname);
            if (student.isEmpty()) {
                return false;
            }
            applyRemoved(student.get().token());
            written = journal.append(new Change.Removed(version, student.get().token()));
        }
        changed(written);
        return true;
    }

    private void applyRemoved(String token) {
        studentsByToken.remove(token);
        answers.forEach(given -> given.remove(token));
        version++;
    }

    /** The instructor renames a student (a name the room should not see); false when nobody has {@code nickname}. */
    public boolean rename(String nickname, String newNickname) throws Refused {
        java.util.concurrent.CompletableFuture<Void> written;
        synchronized (this) {
            Optional<Student> student = byNickname(nickname);
            if (student.isEmpty()) {
                return false;
            }
            String name = freeNickname(newNickname, student.get().token());
            studentsByToken.put(student.get().token(), new Student(student.get().token(), name));
            version++;
            written = journal.append(new Change.Renamed(version, student.get().token(), name));
        }
        changed(written);
        return true;
    }

    /** Closes the doors (nobody else joins; those in stay in) or opens them again. */
    public void closeDoors(boolean closed) {
        java.util.concurrent.CompletableFuture<Void> written;
        synchronized (this) {
            if (doorsClosed == closed) {
                return;
            }
            doorsClosed = closed;
            version++;
            written = journal.append(new Change.Doors(version, closed));
        }
        changed(written);
    }

    public synchronized boolean doorsClosed() {
        return doorsClosed;
    }

    private Optional<Student> byNickname(String nickname) {
        String name = nickname == null ? "" : nickname.strip();
        return studentsByToken.values().stream().filter(s -> s.nickname().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * A phone that was refused a nickname already taken asks to be that student again ("that is me: I lost my
     * page"). The instructor sees it in the roster and approves it if it really is them. Returns the request.
     */
    public Rejoin askToRejoin(String code, String nickname) throws Refused {
        Rejoin asked;
        synchronized (this) {
            requireCode(code);
            String looks = Nicknames.skeleton(nickname == null ? "" : nickname);
            Student student = studentsByToken.values().stream()
                    .filter(s -> Nicknames.skeleton(s.nickname()).equals(looks)).findFirst()
                    .orElseThrow(() -> new Refused(Reason.UNKNOWN_STUDENT, "Nobody in this class has that nickname: join."));
            rejoins.values().removeIf(r -> r.approved() != null && rejoins.size() >= MAX_REJOINS);
            if (rejoins.size() >= MAX_REJOINS) {
                throw new Refused(Reason.FULL, "Too many phones are waiting to be let back in: ask your teacher.");
            }
            asked = new Rejoin(secret(), student, null);
            rejoins.put(asked.id(), asked);
            version++; // the roster shows the request
        }
        onChange.run();
        return asked;
    }

    /** The request with this id, if it is still known: approved (true), refused (false) or waiting (null). */
    public synchronized Optional<Rejoin> rejoin(String id) {
        return Optional.ofNullable(id == null ? null : rejoins.get(id));
    }

    /** The requests waiting for the instructor, oldest first. */
    public synchronized List<Rejoin> waitingRejoins() {
        return rejoins.values().stream().filter(r -> r.approved() == null).toList();
    }

    /** The instructor's answer to a request: approved, the phone gets the student's token. */
    public void answerRejoin(String id, boolean approve) {
        synchronized (this) {
            Rejoin asked = rejoins.get(id);
            if (asked == null || asked.approved() != null) {
                return;
            }
            boolean stillIn = studentsByToken.containsKey(asked.student().token());
            rejoins.put(id, new Rejoin(id, asked.student(), approve && stillIn));
            version++;
        }
        onChange.run();
    }

    /** The student with this token, if they joined (a page reloaded after a dropped connection). */
    public synchronized Optional<Student> student(String token) {
        return Optional.ofNullable(token == null ? null : studentsByToken.get(token));
    }

    /** Sends a check to everyone: it becomes the open one, and the previous one is closed. */
    public void send(RoomCheck check) {
        java.util.concurrent.CompletableFuture<Void> written;
        synchronized (this) {
            applySent(check);
            written = journal.append(new Change.Sent(version, check));
        }
        changed(written);
    }

    private void applySent(RoomCheck check) {
        checks.add(check);
        answers.add(new LinkedHashMap<>());
        revealed = false;
        version++;
    }

    /** The check on screen now and its number (from 1), if the instructor has sent one. */
    public synchronized Optional<Current> current() {
        return checks.isEmpty() ? Optional.empty()
                : Optional.of(new Current(checks.size(), checks.get(checks.size() - 1), revealed));
    }

    /** The check on screen, and whether its answer has been revealed. */
    public record Current(int number, RoomCheck check, boolean revealed) {
    }

    /**
     * Records a student's answer to check {@code number} (the one they saw). Returns true if it counted,
     * false if they had already answered it (the first answer stands).
     */
    public boolean answer(String token, int number, int choice) throws Refused {
        java.util.concurrent.CompletableFuture<Void> written;
        synchronized (this) {
            if (token == null || !studentsByToken.containsKey(token)) {
                throw new Refused(Reason.UNKNOWN_STUDENT, "Join the class first.");
            }
            if (checks.isEmpty() || number != checks.size() || revealed) {
                throw new Refused(Reason.NO_OPEN_CHECK, "This question is closed: wait for the next one.");
            }
            RoomCheck check = checks.get(number - 1);
            if (choice < 0 || choice >= check.choices().size()) {
                throw new Refused(Reason.BAD_CHOICE, "Choose one of the " + check.choices().size() + " answers.");
            }
            Map<String, Integer> given = answers.get(number - 1);
            if (given.containsKey(token)) {
                return false;
            }
            given.put(token, choice);
            version++;
            written = journal.append(new Change.Answered(version, token, number, choice));
        }
        changed(written);
        return true;
    }

    /** Shows the right answer: the open check takes no more answers. */
    public void reveal() {
        java.util.concurrent.CompletableFuture<Void> written;
        synchronized (this) {
            if (checks.isEmpty() || revealed) {
                return;
            }
            revealed = true;
            version++;
            written = journal.append(new Change.Revealed(version));
        }
        changed(written);
    }

    /** How the room answered check {@code number} (from 1). */
    public synchronized Tally tally(int number) {
        RoomCheck check = checks.get(number - 1);
        int[] counts = new int[check.choices().size()];
        for (int choice : answers.get(number - 1).values()) {
            counts[choice]++;
        }
        boolean shown = number < checks.size() || revealed;
        return new Tally(number, check, studentsByToken.size(), answers.get(number - 1).size(), counts, shown);
    }

    public synchronized int checkCount() {
        return checks.size();
    }

    public synchronized List<Student> students() {
        return List.copyOf(studentsByToken.values());
    }

    /** The choice {@code token} gave to check {@code number}, if any. */
    public synchronized Optional<Integer> answerOf(String token, int number) {
        return Optional.ofNullable(answers.get(number - 1).get(token));
    }

    /** Everything, for the store: a copy taken under the lock. */
    synchronized Snapshot snapshot() {
        List<Map<String, Integer>> copies = new ArrayList<>();
        answers.forEach(a -> copies.add(new LinkedHashMap<>(a)));
        return new Snapshot(joinCode, List.copyOf(studentsByToken.values()), List.copyOf(checks),
                Collections.unmodifiableList(copies), revealed, doorsClosed, version);
    }

    /** The state the store writes and reads back; {@code seq}: the newest change it holds. */
    record Snapshot(String joinCode, List<Student> students, List<RoomCheck> checks,
                    List<Map<String, Integer>> answers, boolean revealed, boolean doorsClosed, long seq) {
    }

    /** A saved student, checked as a join checks one; a token seen twice is an error. */
    private void admit(Student student) {
        requireSavedNickname(student);
        if (studentsByToken.containsKey(student.token()) || studentsByToken.size() >= MAX_STUDENTS) {
            throw new IllegalArgumentException("a student " + student + " this class cannot have");
        }
        studentsByToken.put(student.token(), student);
    }

    private static void requireSavedNickname(Student student) {
        if (student == null || student.token() == null || !student.token().matches("[0-9a-f]{8,64}")
                || student.nickname() == null || student.nickname().isBlank()
                || student.nickname().length() > MAX_NICKNAME || Nicknames.hasHiddenCharacters(student.nickname())) {
            throw new IllegalArgumentException("a student " + student + " this class cannot have");
        }
    }

    /** A saved answer: by a student of this class, to a check sent, one of its choices. */
    private void requireAnswer(String token, int number, Integer choice) {
        if (token == null || !studentsByToken.containsKey(token) || number < 1 || number > checks.size()
                || choice == null || choice < 0 || choice >= checks.get(number - 1).choices().size()) {
            throw new IllegalArgumentException("answer " + choice + " to check " + number + " by " + token);
        }
    }

    /** From now on every change goes to {@code journal} (the store's writer); one journal per session. */
    synchronized void attach(Journal journal) {
        this.journal = journal;
    }

    /**
     * Replays a journaled change over a restored snapshot (the store, on start); one the snapshot already
     * holds ({@code seq} not newer) is skipped. Applied as recorded: the checks made when it happened hold.
     */
    synchronized void replay(Change change) {
        if (change.seq() <= version) {
            return;
        }
        if (change instanceof Change.Joined j) {
            admit(j.student());
        } else if (change instanceof Change.Sent sent) {
            applySent(sent.check());
        } else if (change instanceof Change.Answered a) {
            requireAnswer(a.token(), a.number(), a.choice());
            answers.get(a.number() - 1).putIfAbsent(a.token(), a.choice());
        } else if (change instanceof Change.Revealed) {
            revealed = true;
        } else if (change instanceof Change.Removed removed) {
            applyRemoved(removed.token());
        } else if (change instanceof Change.Renamed renamed) {
            if (!studentsByToken.containsKey(renamed.token())) {
                throw new IllegalArgumentException("a rename of a student not in the class");
            }
            Student after = new Student(renamed.token(), renamed.nickname());
            requireSavedNickname(after);
            studentsByToken.put(after.token(), after); // an existing key keeps its place, as a live rename does
        } else if (change instanceof Change.Doors doors) {
            doorsClosed = doors.closed();
        }
        version = change.seq();
    }

    /**
     * A session read back from the store (an instructor's app closed and opened again). Every field is checked
     * first: a file edited or damaged by hand used to resume a class that then failed on every join.
     *
     * @throws IllegalArgumentException naming the first field that is wrong
     */
    static ClassSession restore(Snapshot saved, Runnable onChange) {
        if (!JoinCodes.valid(saved.joinCode())) {
            throw new IllegalArgumentException("joinCode " + saved.joinCode() + " is not a join code");
        }
        if (saved.answers().size() != saved.checks().size() || saved.seq() < 0) {
            throw new IllegalArgumentException(saved.checks().size() + " checks but " + saved.answers().size()
                    + " lists of answers");
        }
        ClassSession session = new ClassSession(saved.joinCode().toUpperCase(java.util.Locale.ROOT), onChange);
        saved.students().forEach(session::admit);
        session.checks.addAll(saved.checks());
        for (int i = 0; i < saved.answers().size(); i++) {
            Map<String, Integer> given = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> answer : saved.answers().get(i).entrySet()) {
                session.requireAnswer(answer.getKey(), i + 1, answer.getValue());
                given.put(answer.getKey(), answer.getValue());
            }
            session.answers.add(given);
        }
        session.revealed = saved.revealed();
        session.doorsClosed = saved.doorsClosed();
        session.version = saved.seq();
        return session;
    }
}
