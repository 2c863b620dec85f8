package org.ganclassroom.classmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A student's GAN Classroom in a class: the client against the real server on loopback. */
class ClassClientTest {

    private ClassSession session;
    private ClassServer server;
    private int port;

    @BeforeEach
    void start() {
        session = ClassSession.withCode("ACE777", () -> { });
        server = new ClassServer(session);
        port = server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theProjectorsAddressIsReadAsTypedWithTheCodeInTheLink() {
        ClassClient link = ClassClient.forAddress(" http://192.168.1.20:8765/?code=ace777 ").orElseThrow();
        assertEquals("http://192.168.1.20:8765", link.base().toString());
        assertEquals("ACE777", link.codeInLink());
        assertEquals("http://10.0.0.5:8765", ClassClient.forAddress("10.0.0.5:8765").orElseThrow().base().toString());
        assertEquals("", ClassClient.forAddress("10.0.0.5:8765").orElseThrow().codeInLink());
        for (String bad : List.of("", "not an address at all", "file:///etc/passwd", "10.0.0.5:99999", "a b:80")) {
            assertTrue(ClassClient.forAddress(bad).isEmpty(), bad);
        }
    }

    @Test
    void joinsAnswersOnceAndSeesTheRevealWithTheDiscriminatorsVerdict() throws Exception {
        ClassClient client = ClassClient.forAddress("127.0.0.1:" + port + "/?code=ACE777").orElseThrow();
        ClassClient.Refused wrong = assertThrows(ClassClient.Refused.class, () -> client.join("ZZZ999", "Ada"));
        assertEquals("WRONG_CODE", wrong.reason());
        client.join(client.codeInLink(), "Ada");
        assertEquals(0, client.question().number(), "no question yet");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 7, 7}; // the server passes any bytes on
        session.send(new RoomCheck("fake-or-real pair", "Which one is real?", List.of("Left", "Right"), 0,
                "The left one was real.", png, List.of(0.3, 0.6)));
        ClassClient.Question q = client.question();
        assertEquals(1, q.number());
        assertEquals(List.of("Left", "Right"), q.choices());
        assertTrue(q.pair());
        org.junit.jupiter.api.Assertions.assertArrayEquals(png, q.picture());
        assertEquals(-1, q.correct(), "the answer is not sent before the reveal");

        assertTrue(client.answer(1, 0));
        assertFalse(client.answer(1, 1), "the first answer stands");
        session.reveal();
        q = client.question();
        assertEquals(0, q.yourAnswer());
        assertEquals(0, q.correct());
        assertEquals(100, q.roomRight());
        assertEquals(List.of(30, 60), q.discriminator());
        assertEquals(1, q.discriminatorChoice(), "D picked the fake on the right");
        ClassClient.Refused closed = assertThrows(ClassClient.Refused.class, () -> client.answer(1, 1));
        assertEquals("NO_OPEN_CHECK", closed.reason());
    }

    @Test
    void aClassThatHasEndedIsUnreachableNotACrash() {
        ClassClient client = ClassClient.forAddress("127.0.0.1:" + port).orElseThrow();
        server.close();
        ClassClient.Refused gone = assertThrows(ClassClient.Refused.class, () -> client.join("ACE777", "Ada"));
        assertEquals("UNREACHABLE", gone.reason());
    }
}
