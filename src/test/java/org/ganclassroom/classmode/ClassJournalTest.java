package org.ganclassroom.classmode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers are journaled, not rewritten: every change a method returned from is on disk in the journal (a
 * crash right after loses nothing: these tests read the folder while the store is still open, as after a
 * kill -9), replayed over the snapshot in order, and a snapshot empties the journal.
 */
class ClassJournalTest {

    @TempDir
    Path dir;

    private final List<ClassStore> open = new ArrayList<>();

    @AfterEach
    void closeStores() {
        open.forEach(ClassStore::close);
    }

    private ClassStore store() {
        ClassStore store = new ClassStore(dir);
        open.add(store);
        return store;
    }

    /** A class of code ACE777 whose every change {@code store} journals. */
    private static ClassSession openedClass(ClassStore store) throws IOException {
        ClassSession session = ClassSession.withCode("ACE777", () -> { });
        store.open(session);
        return session;
    }

    /** Ada joins, the first question is sent, and she gives {@code choice}. */
    private static ClassSession.Student adaAnswersTheFirstQuestion(ClassSession session, int choice) throws Exception {
        ClassSession.Student ada = session.join("ACE777", "Ada");
        session.send(question(1));
        session.answer(ada.token(), 1, choice);
        return ada;
    }

    private static RoomCheck question(int n) {
        return new RoomCheck("bench #" + n, "Question " + n, List.of("A", "B", "C", "D"), n % 4, "Because.");
    }

    @Test
    void whatAMethodReturnedFromIsOnDiskWithoutASnapshot() throws Exception {
        ClassStore store = store();
        ClassSession session = openedClass(store);
        String snapshot = Files.readString(store.file());
        ClassSession.Student ada = adaAnswersTheFirstQuestion(session, 2);
        session.reveal();
        session.send(new RoomCheck("fake-or-real", "Fake or real?", List.of("Fake", "Real"), 1, "Real.",
                new byte[] {1, 2, 3}, List.of(0.25)));

        assertEquals(snapshot, Files.readString(store.file()), "no rewrite of the whole session per change");
        assertEquals(5, Files.readAllLines(dir.resolve(ClassJournal.FILE)).size(), "one line a change");
        ClassSession resumed = new ClassStore(dir).load(() -> { }).orElseThrow(); // as after a kill -9
        assertEquals(List.of(ada), resumed.students());
        assertEquals(2, resumed.checkCount());
        assertEquals(java.util.Optional.of(2), resumed.answerOf(ada.token(), 1));
        assertTrue(resumed.tally(1).revealed());
        assertArrayEquals(new byte[] {1, 2, 3}, resumed.current().orElseThrow().check().picture());
        assertEquals(session.version(), resumed.version(), "and it goes on numbering changes from there");
    }

    @Test
    void answersFromManyThreadsAllComeBackAndASnapshotEmptiesTheJournal() throws Exception {
        ClassStore store = store();
        ClassSession session = openedClass(store);
        List<ClassSession.Student> students = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            students.add(session.join("ACE777", "student" + s));
        }
        ExecutorService phones = Executors.newFixedThreadPool(16);
        try {
            for (int c = 1; c <= 3; c++) {
                session.send(question(c));
                List<Future<Boolean>> answers = new ArrayList<>();
                int number = c;
                for (ClassSession.Student student : students) {
                    answers.add(phones.submit(() -> session.answer(student.token(), number, number % 4)));
                }
                for (Future<Boolean> answer : answers) {
                    assertTrue(answer.get());
                }
                session.reveal();
            }
        } finally {
            phones.shutdownNow();
        }
        ClassSession resumed = new ClassStore(dir).load(() -> { }).orElseThrow();
        for (int c = 1; c <= 3; c++) {
            assertEquals(40, resumed.tally(c).answered(), "check " + c + ": every answer, once");
        }
        assertTrue(store.save(session).isEmpty(), "a snapshot");
        assertEquals(0, Files.size(dir.resolve(ClassJournal.FILE)), "the journal starts again empty");
        assertEquals(40, new ClassStore(dir).load(() -> { }).orElseThrow().tally(3).answered());
    }

    @Test
    void aLastLineCutShortIsLeftOutAndADamagedOneBeforeItIsAnError() throws Exception {
        ClassStore store = store();
        ClassSession session = openedClass(store);
        session.join("ACE777", "Ada");
        Path journal = dir.resolve(ClassJournal.FILE);
        String whole = Files.readString(journal);
        Files.writeString(journal, "{\"seq\":2,\"type\":\"jo", StandardOpenOption.APPEND); // the power went
        assertEquals(1, new ClassStore(dir).load(() -> { }).orElseThrow().students().size());

        Files.writeString(journal, "{\"seq\":2,\"type\":\"answer\",\"token\":\"x\",\"number\":9,\"choice\":0}\n" + whole);
        IOException damaged = assertThrows(IOException.class, () -> new ClassStore(dir).load(() -> { }));
        assertTrue(damaged.getMessage().contains("line 1"), damaged.getMessage());
    }

    @Test
    void aLineTheSnapshotHoldsIsNotAppliedTwice() throws Exception {
        ClassStore store = store();
        ClassSession session = openedClass(store);
        session.send(question(1));
        String sent = Files.readString(dir.resolve(ClassJournal.FILE));
        store.save(session); // the snapshot holds the check; a crash before the journal was emptied:
        Files.writeString(dir.resolve(ClassJournal.FILE), sent);
        assertEquals(1, new ClassStore(dir).load(() -> { }).orElseThrow().checkCount());
    }

    @Test
    void aChangeLineSurvivesItsRoundTrip() {
        ClassSession.Change.Joined joined = new ClassSession.Change.Joined(7,
                new ClassSession.Student("ab12", "Zoë \"the\" 1st, ✓"));
        assertEquals(joined, ClassJournal.parse(ClassJournal.line(joined)));
        assertThrows(RuntimeException.class, () -> ClassJournal.parse("{\"seq\":1,\"type\":\"dance\"}"));
        assertThrows(RuntimeException.class, () -> ClassJournal.parse("not json"));
    }

    @Test
    void aDamagedSessionIsSetAsideNamingWhereAndNothingOfItIsResumed() throws Exception {
        ClassStore store = store();
        ClassSession session = openedClass(store);
        ClassSession.Student ada = adaAnswersTheFirstQuestion(session, 2);
        store.save(session);
        store.close();
        String good = Files.readString(store.file());
        Files.delete(dir.resolve(ClassJournal.FILE));
        java.util.Map<String, String> damages = new java.util.LinkedHashMap<>();
        damages.put("an empty file", "");
        damages.put("a file cut short", good.substring(0, good.length() / 2));
        damages.put("no join code", good.replace("joinCode: ACE777", "joinCode: null"));
        damages.put("an empty join code", good.replace("joinCode: ACE777", "joinCode: ''"));
        damages.put("an answer out of range", good.replace(ada.token() + ": 2", ada.token() + ": 9"));
        damages.put("a string answer", good.replace(ada.token() + ": 2", ada.token() + ": C"));
        damages.put("a null token", good.replace("token: " + ada.token(), "token: null"));
        damages.put("a null nickname", good.replace("nickname: Ada", "nickname: null"));
        for (var damage : damages.entrySet()) {
            assertTrue(!damage.getValue().equals(good), damage.getKey() + ": the test's edit took");
            Files.writeString(store.file(), damage.getValue());
            ClassStore.Resumed resumed = new ClassStore(dir).resume(() -> { });
            assertTrue(resumed.session().isEmpty(), damage.getKey() + " is not resumed");
            Path kept = resumed.setAsideAs().orElseThrow();
            assertEquals(damage.getValue(), Files.readString(kept), damage.getKey() + ": kept whole for a person");
            assertTrue(Files.notExists(store.file()), "and out of the way: a new class starts");
        }
    }

    @Test
    void aNewClassPutsTheLastOneAwayWithItsResults() throws Exception {
        ClassStore store = store();
        ClassSession session = openedClass(store);
        ClassSession.Student ada = adaAnswersTheFirstQuestion(session, 1);
        store.close();

        ClassStore again = new ClassStore(dir);
        Path results = again.archive(again.load(() -> { }).orElseThrow()).orElseThrow();
        assertTrue(Files.readString(results).contains("Ada"), "the last class's results kept");
        assertTrue(Files.notExists(store.file()), "nothing left to resume");
        try (var files = Files.list(dir)) {
            assertEquals(3, files.filter(f -> f.getFileName().toString().startsWith("class-20")).count(),
                    "its snapshot, journal and results under one dated name");
        }
        assertTrue(new ClassStore(dir).archive(session).isEmpty(), "nothing more to put away");
    }

    @Test
    void theInstructorRemovesRenamesAndClosesTheDoorsAndARestartKeepsIt() throws Exception {
        ClassStore store = store();
        ClassSession session = openedClass(store);
        ClassSession.Student bot = session.join("ACE777", "xXbotXx");
        ClassSession.Student ada = session.join("ACE777", "Ada");
        session.send(question(1));
        session.answer(bot.token(), 1, 0);
        session.answer(ada.token(), 1, 1);

        assertTrue(session.remove("XXBOTXX"), "by nickname, whatever the case");
        assertEquals(1, session.tally(1).answered(), "a removed student's answers no longer count");
        assertEquals(ClassSession.Reason.UNKNOWN_STUDENT,
                assertThrows(ClassSession.Refused.class, () -> session.answer(bot.token(), 1, 2)).reason(),
                "and their phone must join again");
        assertTrue(session.rename("Ada", "Ada L."));
        assertEquals(ClassSession.Reason.NICKNAME_TAKEN, assertThrows(ClassSession.Refused.class,
                () -> { session.join("ACE777", "Bob"); session.rename("Bob", "ada l."); }).reason());
        session.closeDoors(true);
        assertEquals(ClassSession.Reason.DOORS_CLOSED,
                assertThrows(ClassSession.Refused.class, () -> session.join("ACE777", "Late")).reason());
        assertTrue(!session.remove("Nobody"));

        ClassSession resumed = new ClassStore(dir).load(() -> { }).orElseThrow(); // as after a kill -9
        assertEquals(List.of("Ada L.", "Bob"), resumed.students().stream().map(ClassSession.Student::nickname).toList());
        assertEquals(1, resumed.tally(1).answered());
        assertTrue(resumed.doorsClosed(), "the doors stay closed after a restart");
        store.save(session);
        assertTrue(new ClassStore(dir).load(() -> { }).orElseThrow().doorsClosed(), "and in the snapshot");
    }
}
