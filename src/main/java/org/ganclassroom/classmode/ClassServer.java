package org.ganclassroom.classmode;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Serves one {@link ClassSession} on the room's network: the phone page at {@code /} and a small JSON API
 * under {@code /api/} (docs/class-mode.md lists the routes and status codes). Javalin on Jetty does the HTTP;
 * this class only maps routes to the session. It answers its own routes and nothing else (no files from
 * disk), refuses bodies over {@link #MAX_BODY} bytes, limits each address's request rate, and listens only
 * between {@link #start} and {@link #stop}.
 */
public final class ClassServer implements AutoCloseable {

    /** A join or an answer is a few dozen bytes; anything bigger is not from our page. */
    static final long MAX_BODY = 2_048;
    /** A student's requests per second: the page polls once a second and answers now and then. */
    static final int STUDENT_REQUESTS_PER_SECOND = 10;
    /** Joins (and requests without a valid token) per address per minute: a room behind one router fits. */
    static final int JOINS_PER_MINUTE = 120;
    /** Joins per minute for the whole class: 500 students get in within a minute (the goal), a flood slows. */
    static final int CLASS_JOINS_PER_MINUTE = 600;
    /**
     * Other requests without a known token (the page itself, a poll before joining) per address per minute:
     * counted apart from joins, so 60 phones behind one school router can all load the page and join.
     */
    static final int PAGE_LOADS_PER_MINUTE = 600;
    private final RateLimits limits = new RateLimits();

    private final ClassSession session;
    private final String page;
    private final String policy;
    private Javalin app;

    /** A server whose phone page speaks each phone's language. */
    public ClassServer(ClassSession session) {
        this(session, null);
    }

    /**
     * @param language the class's language (its course's: "fr" sends French questions), which the phone page
     *                 speaks whatever the phone's own language ("Vrai / Faux … Not this time" before); null for
     *                 the phone's
     */
    public ClassServer(ClassSession session, String language) {
        this.session = session;
        String page = phonePage();
        if (language != null && language.matches("[a-z]{2}")) {
            page = page.replaceFirst("<html lang=\"en\">", "<html lang=\"" + language + "\" data-class-lang=\""
                    + language + "\">");
        }
        this.page = page;
        this.policy = RequestRules.contentSecurityPolicy(page);
    }

    /** Starts listening on {@code host}:{@code port} (port 0: any free port); returns the port. */
    public synchronized int start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("the class server is already running");
        }
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.http.defaultContentType = "application/json";
        });
        app.before(ctx -> {
            // the page and the API are ours alone: no framing by other sites, no sniffing, no referrer
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Cache-Control", "no-store");
            ctx.header("Referrer-Policy", "no-referrer");
            RequestRules.Refusal refused = RequestRules.refusal(ctx.method().name(), ctx.header("Host"),
                    ctx.header("Origin"), ctx.header("Content-Type"), ctx.header("Transfer-Encoding"));
            if (refused != null) {
                ctx.status(refused.status()).result(sentence(refused.sentence()));
                ctx.skipRemainingHandlers();
            }
        });
        app.before(this::limitRate);
        app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").header("Content-Security-Policy", policy)
                .result(page));
        app.post("/api/join", this::join);
        app.post("/api/rejoin", this::askToRejoin);
        app.get("/api/rejoin/{id}", this::rejoinState);
        app.get("/api/check", this::check);
        app.post("/api/answer", this::answer);
        app.get("/api/picture/{number}", this::picture);
        app.exception(ClassSession.Refused.class, (refused, ctx) -> refuse(ctx, refused));
        app.exception(NumberFormatException.class, (bad, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                "A number was expected."));
        app.start(host, port);
        return app.port();
    }

    /** Stops listening; students' pages then say the class has ended. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    public synchronized boolean running() {
        return app != null;
    }

    /**
     * Per student token when the request carries a known one; a join per address and per class; anything else
     * (the page, a poll before joining) per address, counted apart from joins (docs/class-mode.md, limits).
     */
    private void limitRate(Context ctx) {
        long now = System.nanoTime();
        long minute = TimeUnit.MINUTES.toNanos(1);
        String token = bearer(ctx);
        boolean allowed;
        if (token != null && session.student(token).isPresent()) {
            allowed = limits.allow("t:" + token, STUDENT_REQUESTS_PER_SECOND, TimeUnit.SECONDS.toNanos(1), now);
        } else if (ctx.method() == io.javalin.http.HandlerType.POST && "/api/join".equals(ctx.path())) {
            allowed = limits.allow("j:" + ctx.ip(), JOINS_PER_MINUTE, minute, now)
                    && limits.allow("class-joins", CLASS_JOINS_PER_MINUTE, minute, now);
        } else {
            allowed = limits.allow("a:" + ctx.ip(), PAGE_LOADS_PER_MINUTE, minute, now);
        }
        if (!allowed) {
            error(ctx, HttpStatus.TOO_MANY_REQUESTS, "Too many requests: wait a moment.");
            ctx.skipRemainingHandlers();
        }
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
    }

    private void join(Context ctx) throws ClassSession.Refused {
        ClassSession.Student student = session.join(ctx.formParam("code"), ctx.formParam("nickname"));
        JsonObject body = new JsonObject();
        body.addProperty("token", student.token());
        body.addProperty("nickname", student.nickname());
        ctx.result(body.toString());
    }

    /** A phone refused a nickname already taken asks to be that student again; the instructor decides. */
    private void askToRejoin(Context ctx) throws ClassSession.Refused {
        ClassSession.Rejoin asked = session.askToRejoin(ctx.formParam("code"), ctx.formParam("nickname"));
        JsonObject body = new JsonObject();
        body.addProperty("request", asked.id());
        ctx.result(body.toString());
    }

    /** {"state": "waiting" | "refused" | "approved"}, with the student's token and nickname once approved. */
    private void rejoinState(Context ctx) {
        Optional<ClassSession.Rejoin> asked = session.rejoin(ctx.pathParam("id"));
        if (asked.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "No such request: join again.");
            return;
        }
        JsonObject body = new JsonObject();
        Boolean approved = asked.get().approved();
        body.addProperty("state", approved == null ? "waiting" : approved ? "approved" : "refused");
        if (Boolean.TRUE.equals(approved)) {
            body.addProperty("token", asked.get().student().token());
            body.addProperty("nickname", asked.get().student().nickname());
        }
        ctx.result(body.toString());
    }

    private void check(Context ctx) throws ClassSession.Refused {
        ClassSession.Student student = requireStudent(ctx);
        JsonObject body = new JsonObject();
        body.addProperty("nickname", student.nickname());
        session.current().ifPresentOrElse(current -> {
            RoomCheck check = current.check();
            body.addProperty("number", current.number());
            body.addProperty("prompt", check.prompt());
            JsonArray choices = new JsonArray();
            check.choices().forEach(choices::add);
            body.add("choices", choices);
            body.addProperty("revealed", current.revealed());
            if (check.hasPicture()) {
                body.addProperty("picture", "/api/picture/" + current.number());
                body.addProperty("pair", check.isPair()); // two images side by side: the page shows it wider
            }
            session.answerOf(student.token(), current.number()).ifPresent(a -> body.addProperty("yourAnswer", a));
            if (current.revealed()) {
                body.addProperty("correct", check.correctIndex());
                body.addProperty("explanation", check.explanation());
                ClassSession.Tally tally = session.tally(current.number());
                body.addProperty("roomRight", Math.round(100 * tally.rightShare()));
                if (check.hasPicture()) {
                    // one number per image, left to right; "discriminatorChoice" is the answer D would give
                    JsonArray scores = new JsonArray();
                    check.discriminatorScores().forEach(d -> scores.add(Math.round(100 * d)));
                    body.add("discriminator", scores);
                    body.addProperty("discriminatorChoice", check.discriminatorChoice());
                }
            }
        }, () -> body.addProperty("number", 0));
        ctx.result(body.toString());
    }

    /**
     * The open check's picture, for the page's img element (which cannot send the token: the picture alone
     * says nothing about the answer, and only the open check's is served).
     */
    private void picture(Context ctx) {
        int number = Integer.parseInt(ctx.pathParam("number"));
        java.util.Optional<ClassSession.Current> current = session.current();
        if (current.isEmpty() || current.get().number() != number || !current.get().check().hasPicture()) {
            error(ctx, HttpStatus.NOT_FOUND, "No such picture.");
            return;
        }
        ctx.contentType("image/png").result(current.get().check().picture());
    }

    private void answer(Context ctx) throws ClassSession.Refused {
        ClassSession.Student student = requireStudent(ctx);
        int number = Integer.parseInt(String.valueOf(ctx.formParam("number")).strip());
        int choice = Integer.parseInt(String.valueOf(ctx.formParam("choice")).strip());
        boolean counted = session.answer(student.token(), number, choice);
        JsonObject body = new JsonObject();
        body.addProperty("counted", counted);
        ctx.result(body.toString());
    }

    /** The student whose token the request carries (header {@code Authorization: Bearer TOKEN}). */
    private ClassSession.Student requireStudent(Context ctx) throws ClassSession.Refused {
        return session.student(bearer(ctx)).orElseThrow(() -> new ClassSession.Refused(
                ClassSession.Reason.UNKNOWN_STUDENT, "Join the class first."));
    }

    private static void refuse(Context ctx, ClassSession.Refused refused) {
        HttpStatus status = switch (refused.reason()) {
            case WRONG_CODE, DOORS_CLOSED -> HttpStatus.FORBIDDEN;
            case UNKNOWN_STUDENT -> HttpStatus.UNAUTHORIZED;
            case NICKNAME_TAKEN, NO_OPEN_CHECK -> HttpStatus.CONFLICT;
            case FULL -> HttpStatus.SERVICE_UNAVAILABLE;
            case BAD_NICKNAME, BAD_CHOICE -> HttpStatus.BAD_REQUEST;
        };
        error(ctx, status, refused.getMessage(), refused.reason());
    }

    private static void error(Context ctx, HttpStatus status, String sentence) {
        error(ctx, status, sentence, null);
    }

    private static String sentence(String text) {
        JsonObject body = new JsonObject();
        body.addProperty("error", text);
        return body.toString();
    }

    /** {"error": sentence, "reason": code}; the code lets the page say it in the phone's language. */
    private static void error(Context ctx, HttpStatus status, String sentence, ClassSession.Reason reason) {
        JsonObject body = new JsonObject();
        body.addProperty("error", sentence);
        if (reason != null) {
            body.addProperty("reason", reason.name());
        }
        ctx.status(status).result(body.toString());
    }

    /** The room's addresses for this computer (IPv4, not loopback), for the projector and the QR code. */
    public static List<String> lanAddresses() {
        List<String> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        found.add(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException unreadable) {
            // no network: the projector says so (found stays empty)
        }
        return found;
    }

    private static String phonePage() {
        try (InputStream in = ClassServer.class.getResourceAsStream("phone.html")) {
            if (in == null) {
                throw new IllegalStateException("phone.html is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new IllegalStateException("phone.html could not be read", broken);
        }
    }
}
