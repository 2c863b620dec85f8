package org.ganclassroom.classmode;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's side of class mode for a GAN Classroom that joins a class instead of a browser: the same HTTP
 * API the phone page uses (docs/class-mode.md), so a laptop and a phone answer alike. Blocking calls: the
 * window runs them on its own thread.
 */
public final class ClassClient {

    /** The server said no: its reason code (for the student's language) and its English sentence. */
    public static final class Refused extends Exception {
        private final String reason;

        Refused(String reason, String sentence) {
            super(sentence);
            this.reason = reason;
        }

        /** A {@link ClassSession.Reason} name, "UNREACHABLE", or "" when the server gave none. */
        public String reason() {
            return reason;
        }
    }

    /**
     * The open question as this student sees it.
     *
     * @param number        0 before the first question
     * @param picture       the PNG to judge, or null
     * @param yourAnswer    the choice this student gave, or -1
     * @param correct       the right choice once revealed, else -1
     * @param discriminator the discriminator's percent real per image once revealed, else empty
     */
    public record Question(int number, String prompt, List<String> choices, byte[] picture, boolean pair,
                           boolean revealed, int yourAnswer, int correct, String explanation, int roomRight,
                           List<Integer> discriminator, int discriminatorChoice) {
        public Question {
            choices = List.copyOf(choices);
            discriminator = List.copyOf(discriminator);
        }
    }

    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:https?://)?([a-z0-9.\\-]+|\\[[0-9a-f:]+\\])(?::(\\d{1,5}))?/?(?:\\?code=([A-Za-z0-9]+))?");
    private static final Duration TIMEOUT = Duration.ofSeconds(4);

    private final URI base;
    private final String codeInLink;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile String token;
    private volatile String nickname;
    private int pictureNumber = -1;
    private byte[] picture;

    private ClassClient(URI base, String codeInLink) {
        this.base = base;
        this.codeInLink = codeInLink;
    }

    /**
     * The address the projector shows, as typed: "http://192.168.1.20:8765/?code=ACE777", "192.168.1.20:8765"
     * or the like; empty when it is not one.
     */
    public static Optional<ClassClient> forAddress(String typed) {
        Matcher m = ADDRESS.matcher(typed == null ? "" : typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int port = m.group(2) == null ? 80 : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65_535) {
            return Optional.empty();
        }
        URI base = URI.create("http://" + m.group(1).toLowerCase(Locale.ROOT) + ":" + port);
        return Optional.of(new ClassClient(base, m.group(3) == null ? "" : m.group(3).toUpperCase(Locale.ROOT)));
    }

    /** The join code the typed link carried ("" if none), to fill in for the student. */
    public String codeInLink() {
        return codeInLink;
    }

    public URI base() {
        return base;
    }

    public Optional<String> nickname() {
        return Optional.ofNullable(nickname);
    }

    /** Joins with the projector's code; the token is kept for every later call. */
    public void join(String code, String nickname) throws Refused {
        JsonObject body = call(HttpRequest.newBuilder(base.resolve("/api/join"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("code", code, "nickname", nickname))));
        this.token = body.get("token").getAsString();
        this.nickname = body.get("nickname").getAsString();
    }

    /** The open question (its picture fetched once per question). */
    public Question question() throws Refused {
        JsonObject q = call(authorised(base.resolve("/api/check")).GET());
        int number = q.get("number").getAsInt();
        if (number == 0) {
            return new Question(0, "", List.of(), null, false, false, -1, -1, "", 0, List.of(), -1);
        }
        List<String> choices = new ArrayList<>();
        q.getAsJsonArray("choices").forEach(c -> choices.add(c.getAsString()));
        byte[] png = null;
        if (q.has("picture")) {
            if (pictureNumber != number) {
                picture = bytes(authorised(base.resolve(q.get("picture").getAsString())).GET());
                pictureNumber = number;
            }
            png = picture;
        }
        List<Integer> d = new ArrayList<>();
        if (q.has("discriminator")) {
            JsonArray scores = q.getAsJsonArray("discriminator");
            scores.forEach(s -> d.add(s.getAsInt()));
        }
        return new Question(number, q.get("prompt").getAsString(), choices, png,
                q.has("pair") && q.get("pair").getAsBoolean(), q.get("revealed").getAsBoolean(),
                intOr(q, "yourAnswer", -1), intOr(q, "correct", -1),
                q.has("explanation") ? q.get("explanation").getAsString() : "", intOr(q, "roomRight", 0), d,
                intOr(q, "discriminatorChoice", -1));
    }

    /** Answers question {@code number}; false when an earlier answer already counted. */
    public boolean answer(int number, int choice) throws Refused {
        return call(authorised(base.resolve("/api/answer"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("number", String.valueOf(number),
                        "choice", String.valueOf(choice))))).get("counted").getAsBoolean();
    }

    private HttpRequest.Builder authorised(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private JsonObject call(HttpRequest.Builder request) throws Refused {
        HttpResponse<String> response = send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject body;
        try {
            JsonElement parsed = new JsonParser().parse(response.body()); // Gson 2.8.0 (DL4J's): no parseString
            body = parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
        } catch (JsonParseException notJson) {
            throw new Refused("UNREACHABLE", "The address answered, but not as a GAN Classroom class does.");
        }
        if (response.statusCode() != 200) {
            throw new Refused(body.has("reason") ? body.get("reason").getAsString() : "",
                    body.has("error") ? body.get("error").getAsString() : "Refused (" + response.statusCode() + ").");
        }
        return body;
    }

    private byte[] bytes(HttpRequest.Builder request) throws Refused {
        HttpResponse<byte[]> response = send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new Refused("", "The picture could not be fetched (" + response.statusCode() + ").");
        }
        return response.body();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws Refused {
        try {
            return http.send(request, handler);
        } catch (IOException unreachable) {
            throw new Refused("UNREACHABLE", "The class cannot be reached at " + base + ".");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Refused("UNREACHABLE", "Interrupted.");
        }
    }

    private static int intOr(JsonObject body, String key, int fallback) {
        return body.has(key) ? body.get(key).getAsInt() : fallback;
    }

    private static String form(String... keysAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(keysAndValues[i]).append('=')
                    .append(URLEncoder.encode(keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1],
                            StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
