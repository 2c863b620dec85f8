package org.ganclassroom.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ganclassroom.classmode.ClassServer;
import org.ganclassroom.classmode.ClassSession;
import org.ganclassroom.classmode.ClassStore;
import org.ganclassroom.classmode.RoomCheck;
import org.ganclassroom.data.Datasets;
import org.ganclassroom.gan.GanModel;
import org.ganclassroom.gan.GanTrainer;
import org.ganclassroom.gan.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code class-bench}: a whole class on loopback. S simulated students join, then for each of C checks the
 * instructor sends it and every student answers over HTTP, as the phone page does, while (with
 * {@code --train}) the dock's classroom preset trains on the same cores. Prints whether every answer was
 * counted exactly once, and the answer latency: from a phone sending its answer to the session holding it
 * (what the projector draws at its next refresh, every {@link #PROJECTOR_REFRESH_MS} ms).
 */
@Command(name = "class-bench", mixinStandardHelpOptions = true)
public final class ClassBenchCommand implements Callable<Integer> {

    /** The class window's redraw period (ui/classmode/ClassWindow). */
    static final int PROJECTOR_REFRESH_MS = 100;

    @Option(names = "--students", defaultValue = "60")
    private int students;

    @Option(names = "--checks", defaultValue = "30")
    private int checks;

    @Option(names = "--train")
    private boolean train;

    @Option(names = "--pause-ms", defaultValue = "300")
    private int pauseMs;

    /** The way before the journal, for comparison in one run: the whole session rewritten after every change. */
    @Option(names = "--rewrite-every-change")
    private boolean rewriteEveryChange;

    @Override
    public Integer call() throws Exception {
        if (students < 1 || students > ClassSession.MAX_STUDENTS || checks < 1 || checks > 1000) {
            throw new UsageException("--students 1-" + ClassSession.MAX_STUDENTS + " and --checks 1-1000");
        }
        GanTrainer trainer = null;
        if (train) {
            trainer = new GanTrainer(GanModel.create(Preset.classroom(), 1),
                    Datasets.shipped().training(Datasets.MNIST), 10);
            trainer.start();
        }
        // saved as a class saves, in a folder of its own (deleted at the end)
        Path folder = Files.createTempDirectory("class-bench");
        ClassStore store = new ClassStore(folder);
        ClassSession[] holder = new ClassSession[1];
        ClassSession session = ClassSession.start(rewriteEveryChange ? () -> store.save(holder[0]) : () -> { });
        holder[0] = session;
        if (!rewriteEveryChange) {
            store.open(session);
        }
        long writtenBefore = ProcessFigures.bytesWritten();
        try (store; ClassServer server = new ClassServer(session)) {
            String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<String> tokens = new ArrayList<>();
            long joinStart = System.nanoTime();
            for (int s = 0; s < students; s++) {
                HttpResponse<String> joined;
                // every student here comes from 127.0.0.1, and joins are limited per address: wait as a phone would
                while ((joined = post(http, base + "/api/join", "code=" + session.joinCode() + "&nickname=student" + s,
                        null)).statusCode() == 429) {
                    Thread.sleep(1000);
                }
                tokens.add(joined.body().replaceAll(".*\"token\":\"([0-9a-f]+)\".*", "$1"));
            }
            System.out.printf(Locale.ROOT, "class-bench: %d joined from one address in %.1f s%n", students,
                    (System.nanoTime() - joinStart) / 1e9);
            ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> pollNanos = new ConcurrentLinkedQueue<>();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService phones = Executors.newFixedThreadPool(Math.min(students, 32));
            long started = System.nanoTime();
            for (int c = 1; c <= checks; c++) {
                session.send(new RoomCheck("bench #" + c, "Question " + c, List.of("A", "B", "C", "D"), c % 4,
                        "Because."));
                int number = c;
                CountDownLatch done = new CountDownLatch(students);
                for (int s = 0; s < students; s++) {
                    String token = tokens.get(s);
                    int choice = (s + c) % 4;
                    phones.execute(() -> {
                        try {
                            long polled = System.nanoTime();
                            get(http, base + "/api/check", token); // the page's poll sees the new question
                            pollNanos.add(System.nanoTime() - polled);
                            long sent = System.nanoTime();
                            HttpResponse<String> answered = post(http, base + "/api/answer",
                                    "number=" + number + "&choice=" + choice, token);
                            latenciesNanos.add(System.nanoTime() - sent);
                            if (answered.statusCode() != 200) {
                                refused.incrementAndGet();
                            }
                        } catch (Exception failed) {
                            refused.incrementAndGet();
                        } finally {
                            done.countDown();
                        }
                    });
                }
                if (!done.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("check " + c + ": answers still missing after 60 s");
                }
                session.reveal();
                Thread.sleep(pauseMs);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            phones.shutdownNow();
            int counted = 0;
            boolean exactlyOnce = true;
            for (int c = 1; c <= checks; c++) {
                ClassSession.Tally tally = session.tally(c);
                counted += tally.answered();
                exactlyOnce &= tally.answered() == students;
            }
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            List<Long> polls = new ArrayList<>(pollNanos);
            Collections.sort(polls);
            System.out.printf(Locale.ROOT, "class-bench: %d students, %d checks, %d answers sent, %d counted, %d refused"
                    + " in %.1f s%s%n", students, checks, sorted.size(), counted, refused.get(), seconds,
                    train ? String.format(Locale.ROOT, " while training (%d steps)", trainer.latest().step()) : "");
            System.out.printf(Locale.ROOT, "answer to session: p50 %.1f ms, p95 %.1f ms, max %.1f ms; the projector"
                    + " draws it within %d ms more%n", percentile(sorted, 0.5), percentile(sorted, 0.95),
                    percentile(sorted, 1.0), PROJECTOR_REFRESH_MS);
            System.out.printf(Locale.ROOT, "poll: p50 %.1f ms, p95 %.1f ms; saving: %s, %.1f MB written, peak RSS"
                    + " %d MB%n", percentile(polls, 0.5), percentile(polls, 0.95),
                    rewriteEveryChange ? "the whole session rewritten after every change" : "journal",
                    (ProcessFigures.bytesWritten() - writtenBefore) / 1e6, ProcessFigures.peakRssMegabytes());
            System.out.println("every answer counted exactly once: " + (exactlyOnce && refused.get() == 0));
            return exactlyOnce && refused.get() == 0 ? 0 : 1;
        } finally {
            if (trainer != null) {
                trainer.close();
            }
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static double percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static HttpResponse<String> post(HttpClient http, String url, String form, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient http, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
