package org.ganclassroom.classmode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules a class relies on, without a network: codes, nicknames, one answer each, reveal, resume. */
class ClassSessionTest {

    @TempDir
    Path dir;

    private final AtomicInteger changes = new AtomicInteger();

    private static RoomCheck trueFalse() {
        return new RoomCheck("01 #1", "G and D cooperate.", List.of("True", "False"), 1, "They are opponents.");
    }

    @Test
    void onlyTheJoinCodeLetsYouInAndANicknameIsTakenOnce() throws Exception {
        ClassSession session = ClassSession.withCode("ACE777", changes::incrementAndGet);
        assertEquals(ClassSession.Reason.WRONG_CODE,
                assertThrows(ClassSession.Refused.class, () -> session.join("ACE778", "Ada")).reason());
        ClassSession.Student ada = session.join(" ace 777 ", " Ada ");
        assertEquals("Ada", ada.nickname());
        assertEquals(32, ada.token().length(), "a 128-bit secret");
        assertEquals(ClassSession.Reason.NICKNAME_TAKEN,
                assertThrows(ClassSession.Refused.class, () -> session.join("ACE777", "ADA")).reason());
        for (String bad : List.of("", "   ", "x".repeat(25), "tab\there")) {
            assertEquals(ClassSession.Reason.BAD_NICKNAME,
                    assertThrows(ClassSession.Refused.class, () -> session.join("ACE777", bad)).reason(), bad);
        }
        assertEquals("<b>Bob</b>", session.join("ACE777", "<b>Bob</b>").nickname(),
                "kept as typed; the page and the projector show it as text, never as markup");
        assertEquals(2, changes.get());
        assertThrows(IllegalArgumentException.class, () -> ClassSession.withCode("A0O1", () -> { }),
                "codes a class could misread are refused");
    }

    @Test
    void eachStudentAnswersEachCheckOnceUntilTheReveal() throws Exception {
        ClassSession session = ClassSession.withCode("ACE777", changes::incrementAndGet);
        ClassSession.Student ada = session.join("ACE777", "Ada");
        ClassSession.Student bob = session.join("ACE777", "Bob");
        assertEquals(ClassSession.Reason.NO_OPEN_CHECK,
                assertThrows(ClassSession.Refused.class, () -> session.answer(ada.token(), 1, 0)).reason());
        session.send(trueFalse());
        assertTrue(session.answer(ada.token(), 1, 1));
        assertFalse(session.answer(ada.token(), 1, 0), "a second tap does not count, the first stands");
        assertEquals(ClassSession.Reason.BAD_CHOICE,
                assertThrows(ClassSession.Refused.class, () -> session.answer(bob.token(), 1, 2)).reason());
        assertEquals(ClassSession.Reason.UNKNOWN_STUDENT,
                assertThrows(ClassSession.Refused.class, () -> session.answer("forged", 1, 0)).reason());
        assertTrue(session.answer(bob.token(), 1, 0));
        ClassSession.Tally tally = session.tally(1);
        assertEquals(2, tally.answered());
        assertArrayEquals(new int[] {1, 1}, tally.counts());
        assertFalse(tally.revealed());
        session.reveal();
        assertTrue(session.tally(1).revealed());
        assertEquals(0.5, session.tally(1).rightShare());
        assertEquals(ClassSession.Reason.NO_OPEN_CHECK,
                assertThrows(ClassSession.Refused.class, () -> session.answer(ada.token(), 1, 0)).reason());
        session.send(trueFalse());
        assertEquals(ClassSession.Reason.NO_OPEN_CHECK,
                assertThrows(ClassSession.Refused.class, () -> session.answer(ada.token(), 1, 0)).reason(),
                "an answer to an earlier check is refused once the next one is out");
        assertTrue(session.answer(ada.token(), 2, 1));
    }

    @Test
    void aClosedAppResumesTheClassFromDiskWithEveryAnswer() throws Exception {
        ClassStore store = new ClassStore(dir);
        ClassSession[] holder = new ClassSession[1];
        ClassSession session = ClassSession.withCode("ACE777", () -> store.save(holder[0]));
        holder[0] = session;
        ClassSession.Student ada = session.join("ACE777", "Ada");
        session.send(trueFalse());
        session.answer(ada.token(), 1, 1);
        session.send(new RoomCheck("fake-or-real", "Fake or real?", List.of("Fake", "Real"), 1, "Real.",
                new byte[] {1, 2, 3}, List.of(0.25)));

        ClassSession resumed = store.load(() -> { }).orElseThrow();
        assertEquals("ACE777", resumed.joinCode());
        assertEquals(List.of(ada), resumed.students(), "the phone's token still works after a restart");
        assertEquals(2, resumed.checkCount());
        assertArrayEquals(new byte[] {1, 2, 3}, resumed.current().orElseThrow().check().picture());
        assertEquals(List.of(0.25), resumed.current().orElseThrow().check().discriminatorScores());
        assertEquals(java.util.Optional.of(1), resumed.answerOf(ada.token(), 1));
        assertTrue(resumed.answerOf(ada.token(), 1).isPresent(), "still answered once");

        Files.writeString(store.file(), "joinCode: [unclosed");
        assertThrows(java.io.IOException.class, () -> store.load(() -> { }));
    }

    @Test
    void theResultsCsvHasARowPerStudentAndCheckAndNoFormulas() throws Exception {
        ClassSession session = ClassSession.withCode("ACE777", () -> { });
        ClassSession.Student eve = session.join("ACE777", "=cmd()");
        session.join("ACE777", "Bob, Jr");
        session.send(trueFalse());
        session.answer(eve.token(), 1, 1);
        assertEquals("\uFEFFcheck,source,student,answer,right\n1,01 #1,'=cmd(),False,right\n1,01 #1,\"Bob, Jr\",,\n"
                + "\nstudent,answered,right,checks\n'=cmd(),1,1,1\n\"Bob, Jr\",0,0,1\n", ClassStore.csv(session),
                "a BOM for Excel, right or wrong in words, then each student's totals");
        org.ganclassroom.text.Messages.use("fr");
        try {
            assertTrue(ClassStore.csv(session).contains("False,juste"), "in the chosen language");
        } finally {
            org.ganclassroom.text.Messages.use("en");
        }
    }
}
