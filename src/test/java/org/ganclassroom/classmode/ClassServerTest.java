package org.ganclassroom.classmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The class server on loopback, spoken to as the phone page does: join, read the check, answer, reveal. */
class ClassServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private ClassSession session;
    private ClassServer server;
    private String base;

    @BeforeEach
    void start() {
        session = ClassSession.withCode("ACE777", () -> { });
        server = new ClassServer(session);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, String form, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return new JsonParser().parse(response.body()).getAsJsonObject(); // Gson 2.8.0 (DL4J's): no static parseString
    }

    private String join(String nickname) throws Exception {
        HttpResponse<String> joined = post("/api/join", "code=ace777&nickname=" + nickname, null);
        assertEquals(200, joined.statusCode(), joined.body());
        return json(joined).get("token").getAsString();
    }

    @Test
    void aStudentWhoLostTheirPageIsLetBackInByTheTeacher() throws Exception {
        String first = join("Ada");
        HttpResponse<String> taken = post("/api/join", "code=ACE777&nickname=ada", null);
        assertEquals("NICKNAME_TAKEN", json(taken).get("reason").getAsString());
        String request = json(post("/api/rejoin", "code=ACE777&nickname=Ada", null)).get("request").getAsString();
        assertEquals("waiting", json(get("/api/rejoin/" + request, null)).get("state").getAsString());
        assertEquals(1, session.waitingRejoins().size(), "the roster shows it");

        session.answerRejoin(request, true);
        JsonObject approved = json(get("/api/rejoin/" + request, null));
        assertEquals("approved", approved.get("state").getAsString());
        assertEquals(first, approved.get("token").getAsString(), "the new phone is Ada, with her answers");
        assertTrue(session.waitingRejoins().isEmpty());

        String other = json(post("/api/rejoin", "code=ACE777&nickname=Ada", null)).get("request").getAsString();
        session.answerRejoin(other, false);
        JsonObject refused = json(get("/api/rejoin/" + other, null));
        assertEquals("refused", refused.get("state").getAsString());
        assertTrue(!refused.has("token"), "an impostor the teacher refused gets nothing");
        assertEquals(401, post("/api/rejoin", "code=ACE777&nickname=Nobody", null).statusCode());
        assertEquals(403, post("/api/rejoin", "code=ZZZZZZ&nickname=Ada", null).statusCode());
        assertEquals(404, get("/api/rejoin/not-a-request", null).statusCode());
    }

    @Test
    void pageLoadsAreNotCountedAgainstJoins() throws Exception {
        for (int i = 0; i < ClassServer.JOINS_PER_MINUTE + 10; i++) { // 60 phones behind one router, loading twice
            assertEquals(200, get("/", null).statusCode(), "page load " + i);
        }
        join("Ada");
    }

    @Test
    void aChunkedBodyIsRefusedBeforeItIsRead() throws Exception {
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /api/join HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "400\r\n" + "a".repeat(1024) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertTrue(status.startsWith("HTTP/1.1 411"), status);
        }
        assertEquals(0, session.students().size());
    }

    @Test
    void aFrenchClassServesAPageInFrenchWhateverThePhonesLanguage() throws Exception {
        assertTrue(!get("/", null).body().contains("data-class-lang=\""), "no class language: the phone's");
        ClassServer french = new ClassServer(session, "fr");
        try {
            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + french.start("127.0.0.1", 0) + "/")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains("<html lang=\"fr\" data-class-lang=\"fr\">"), page.substring(0, 80));
        } finally {
            french.close();
        }
    }

    @Test
    void aStudentJoinsAnswersOnceAndSeesTheReveal() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>GAN Classroom</title>"));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'sha256-"));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));

        String token = join("Ada");
        assertEquals(0, json(get("/api/check", token)).get("number").getAsInt(), "no check sent yet");
        session.send(new RoomCheck("01 #1", "G and D cooperate.", List.of("True", "False"), 1, "They are opponents."));
        JsonObject check = json(get("/api/check", token));
        assertEquals("G and D cooperate.", check.get("prompt").getAsString());
        assertFalse(check.has("correct"), "the right answer is not sent before the reveal");

        assertTrue(json(post("/api/answer", "number=1&choice=1", token)).get("counted").getAsBoolean());
        assertFalse(json(post("/api/answer", "number=1&choice=0", token)).get("counted").getAsBoolean());
        session.reveal();
        JsonObject revealed = json(get("/api/check", token));
        assertEquals(1, revealed.get("correct").getAsInt());
        assertEquals(1, revealed.get("yourAnswer").getAsInt());
        assertEquals(100, revealed.get("roomRight").getAsInt());
        assertEquals(409, post("/api/answer", "number=1&choice=0", token).statusCode(), "closed after the reveal");
    }

    @Test
    void badRequestsGetTheirStatusAndASentence() throws Exception {
        HttpResponse<String> wrongCode = post("/api/join", "code=ZZZZZZ&nickname=Eve", null);
        assertEquals(403, wrongCode.statusCode());
        assertEquals("That is not this class's join code.", json(wrongCode).get("error").getAsString());
        assertEquals(400, post("/api/join", "code=ACE777&nickname=", null).statusCode());
        join("Ada");
        assertEquals(409, post("/api/join", "code=ACE777&nickname=ada", null).statusCode());
        assertEquals(401, get("/api/check", null).statusCode());
        assertEquals(401, get("/api/check", "forged-token").statusCode());
        String token = join("Bob");
        assertEquals(409, post("/api/answer", "number=1&choice=0", token).statusCode(), "nothing sent yet");
        session.send(new RoomCheck("x", "?", List.of("A", "B"), 0, "."));
        assertEquals(400, post("/api/answer", "number=1&choice=7", token).statusCode());
        assertEquals(400, post("/api/answer", "number=one&choice=0", token).statusCode());
        assertEquals(413, post("/api/join", "code=ACE777&nickname=" + "x".repeat(5_000), null).statusCode());
        assertEquals(404, get("/etc/passwd", null).statusCode(), "no files from disk");
        assertEquals(404, get("/phone.html", null).statusCode());
    }

    @Test
    void manyStudentsAnsweringAtOnceAreEachCountedOnce() throws Exception {
        session.send(new RoomCheck("x", "?", List.of("A", "B", "C"), 0, "."));
        ExecutorService phones = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> sent = new java.util.ArrayList<>();
            for (int s = 0; s < 40; s++) {
                int student = s;
                sent.add(phones.submit(() -> {
                    String token = join("s" + student);
                    boolean first = json(post("/api/answer", "number=1&choice=" + student % 3, token)).get("counted")
                            .getAsBoolean();
                    boolean again = json(post("/api/answer", "number=1&choice=0", token)).get("counted").getAsBoolean();
                    return first && !again;
                }));
            }
            for (Future<Boolean> f : sent) {
                assertTrue(f.get());
            }
        } finally {
            phones.shutdownNow();
        }
        ClassSession.Tally tally = session.tally(1);
        assertEquals(40, tally.joined());
        assertEquals(40, tally.answered());
        assertEquals(14 + 13 + 13, tally.counts()[0] + tally.counts()[1] + tally.counts()[2]);
        assertEquals(14, tally.counts()[0]);
    }

    @Test
    void aFakeOrRealPictureIsServedWithItsQuestionAndDsVerdictComesWithTheReveal() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        String token = join("Ada");
        session.send(new RoomCheck("fake-or-real", "Fake or real?", List.of("Fake", "Real"), 0, "It was a fake.", png,
                List.of(0.73)));
        JsonObject check = json(get("/api/check", token));
        assertEquals("/api/picture/1", check.get("picture").getAsString());
        assertFalse(check.has("discriminator"), "D's verdict only at the reveal");
        HttpResponse<byte[]> picture = http.send(HttpRequest.newBuilder(URI.create(base + "/api/picture/1")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, picture.statusCode());
        assertTrue(picture.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(png, picture.body());
        assertEquals(404, get("/api/picture/2", null).statusCode(), "only the open check's picture");
        session.reveal();
        JsonObject revealed = json(get("/api/check", token));
        assertEquals(73, revealed.getAsJsonArray("discriminator").get(0).getAsInt());
        assertEquals(1, revealed.get("discriminatorChoice").getAsInt(), "73% real: D answers Real, and is fooled");
    }

    @Test
    void aPairAsksWhichOneIsRealAndTheRevealGivesDsScoreForEach() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 4, 5, 6};
        String token = join("Ada");
        session.send(new RoomCheck("fake-or-real pair", "Which one is real?", List.of("Left", "Right"), 1,
                "The right one was real.", png, List.of(0.62, 0.41)));
        JsonObject check = json(get("/api/check", token));
        assertTrue(check.get("pair").getAsBoolean(), "the page shows a pair wider");
        assertEquals(200, post("/api/answer", "number=1&choice=1", token).statusCode());
        session.reveal();
        JsonObject revealed = json(get("/api/check", token));
        com.google.gson.JsonArray scores = revealed.getAsJsonArray("discriminator");
        assertEquals(List.of(62, 41), List.of(scores.get(0).getAsInt(), scores.get(1).getAsInt()));
        assertEquals(0, revealed.get("discriminatorChoice").getAsInt(), "D finds the left one more real: wrong");
        assertEquals(100, revealed.get("roomRight").getAsInt(), "the room beat the discriminator");
    }

    @Test
    void afterTheClassEndsNothingListens() throws Exception {
        server.close();
        assertFalse(server.running());
        try {
            get("/", null);
            throw new AssertionError("the port still answered");
        } catch (java.net.ConnectException closed) {
            // expected: the server no longer listens
        }
    }
}
