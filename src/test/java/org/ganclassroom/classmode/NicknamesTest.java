package org.ganclassroom.classmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A student cannot pose as another with a nickname that looks the same (the hostile tour of issue #37). */
class NicknamesTest {

    @Test
    void lookAlikesInvisibleAndDirectionCharactersAreRefused() throws Exception {
        ClassSession session = ClassSession.withCode("ACE777", () -> { });
        session.join("ACE777", "Ada");
        for (String poser : new String[] {"\u0410da", "A\u200Bda", "ada", "\uFF21da", "A da"}) {
            ClassSession.Reason why = assertThrows(ClassSession.Refused.class,
                    () -> session.join("ACE777", poser), poser).reason();
            assertEquals(poser.contains("\u200B") ? ClassSession.Reason.BAD_NICKNAME : ClassSession.Reason.NICKNAME_TAKEN,
                    why, poser);
        }
        assertEquals(ClassSession.Reason.BAD_NICKNAME, assertThrows(ClassSession.Refused.class,
                () -> session.join("ACE777", "\u202Eada")).reason(), "a right-to-left override");
        assertEquals("Zoë", session.join("ACE777", "Zoe\u0308").nickname(), "stored in one normal form (NFKC)");
        assertEquals("Ада", session.join("ACE777", "Ада").nickname(), "a Cyrillic name of its own is welcome");
        assertEquals("می‌خواهم", session.join("ACE777", "می‌خواهم").nickname(), "Persian keeps its joiner");
        assertEquals(ClassSession.Reason.NICKNAME_TAKEN, assertThrows(ClassSession.Refused.class,
                () -> session.join("ACE777", "A‍da")).reason(), "but a joiner does not make Ada another name");
    }
}
