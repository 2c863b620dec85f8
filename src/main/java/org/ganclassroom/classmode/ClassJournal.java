package org.ganclassroom.classmode;

import com.google.gson.JsonObject;
import com.google.gson.Gson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class's changes on disk, one JSON line each, appended by one owner thread ("class-journal") in the
 * order they happened, and flushed to the disk before the change's method returns (group commit: one
 * flush for every change that queued meanwhile). Every {@link #COMPACT_EVERY} lines, and when asked, the
 * thread writes the whole session as the store's snapshot and empties the journal.
 *
 * <p>Why: rewriting the whole session after every answer (~170 kB at the end of a 200-student class) inside
 * each request made answers wait 1-8 s and wrote 386 MB for 4,000 answers; saves on many threads could also
 * land out of order. A journal line is ~100 bytes, written by one thread in order.
 */
final class ClassJournal implements ClassSession.Journal, AutoCloseable {

    static final String FILE = "class-session.journal";
    /** Lines between two snapshots: a 200 x 20 class writes about two, and replays at most this many. */
    static final int COMPACT_EVERY = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(ClassJournal.class);

    /** A change to write, or (change null) a request for a snapshot. */
    private record Pending(ClassSession.Change change, CompletableFuture<Void> done) {
    }

    private static final Pending STOP = new Pending(null, null);
    private static final Gson GSON = new Gson();

    private final ClassStore store;
    private final ClassSession session;
    private final FileChannel channel;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private long snapshotSeq;
    private int linesSinceSnapshot;
    private volatile boolean stopped;
    private volatile IOException lastFailure;

    /** Writes a snapshot of {@code session}, empties the journal and starts its thread. */
    ClassJournal(Path file, ClassStore store, ClassSession session) throws IOException {
        this.store = store;
        this.session = session;
        snapshotSeq = store.writeSnapshot(session);
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        writer = new Thread(this::run, "class-journal");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public CompletableFuture<Void> append(ClassSession.Change change) {
        return enqueue(change);
    }

    /**
     * Queues a change (or, null, a snapshot request). Under this object's lock with the thread's last act, so
     * nothing is queued after the thread has completed what was left (a waiter would have waited forever).
     */
    private synchronized CompletableFuture<Void> enqueue(ClassSession.Change change) {
        if (stopped) { // after the class ended: the change stays in memory, as before a journal existed
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(new Pending(change, done));
        return done;
    }

    /** A snapshot now, after every change queued before it; the failure, if writing it failed. */
    Optional<IOException> snapshot() {
        if (stopped) {
            try {
                store.writeSnapshot(session);
                return Optional.empty();
            } catch (IOException failed) {
                return Optional.of(failed);
            }
        }
        enqueue(null).join();
        return Optional.ofNullable(lastFailure);
    }

    /** Writes what is queued and a last snapshot, then ends the thread. */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        queue.add(STOP);
        try {
            writer.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        try {
            boolean stop = false;
            while (!stop) {
                batch.clear();
                batch.add(queue.take());
                queue.drainTo(batch);
                stop = batch.remove(STOP);
                try {
                    boolean snapshotAsked = write(batch);
                    if (stop || snapshotAsked || linesSinceSnapshot >= COMPACT_EVERY) {
                        compact();
                    }
                } catch (RuntimeException failed) { // a bug must not end the journal, and the class with it
                    LOG.error("The class journal failed on a batch; it goes on with the next", failed);
                }
                batch.forEach(p -> p.done().complete(null));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                stopped = true; // from now on nothing is queued
            }
            // anyone still waiting is told "done": the change is in memory, and any failure was logged
            batch.forEach(p -> p.done().complete(null));
            queue.forEach(p -> {
                if (p.done() != null) {
                    p.done().complete(null);
                }
            });
            try {
                channel.close();
            } catch (IOException ignored) {
                LOG.debug("Closing the class journal failed", ignored);
            }
        }
    }

    /** Appends the batch's changes (those the last snapshot lacks) and flushes; true if a snapshot was asked. */
    private boolean write(List<Pending> batch) {
        StringBuilder lines = new StringBuilder();
        boolean snapshotAsked = false;
        for (Pending p : batch) {
            if (p.change() == null) {
                snapshotAsked = true;
            } else if (p.change().seq() > snapshotSeq) {
                lines.append(line(p.change())).append('\n');
                linesSinceSnapshot++;
            }
        }
        if (lines.length() > 0) {
            try {
                ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(false); // on the disk, not only in the OS's cache: a laptop's battery can die
                lastFailure = null;
            } catch (IOException failed) {
                lastFailure = failed;
                LOG.warn("Could not write the class journal; the answers stay in memory", failed);
            }
        }
        return snapshotAsked;
    }

    private void compact() {
        try {
            snapshotSeq = store.writeSnapshot(session); // holds every change up to it, queued ones too
        } catch (IOException failed) {
            lastFailure = failed; // the journal keeps its lines: with the older snapshot they still hold everything
            LOG.warn("Could not write the class session's snapshot", failed);
            return;
        }
        try {
            channel.truncate(0);
            channel.force(true);
            linesSinceSnapshot = 0;
            lastFailure = null;
        } catch (IOException truncateFailed) {
            lastFailure = truncateFailed; // harmless: replay skips the lines the snapshot holds
            LOG.warn("Could not empty the class journal after a snapshot", truncateFailed);
        }
    }

    static String line(ClassSession.Change change) {
        JsonObject o = new JsonObject();
        o.addProperty("seq", change.seq());
        if (change instanceof ClassSession.Change.Joined j) {
            o.addProperty("type", "join");
            o.addProperty("token", j.student().token());
            o.addProperty("nickname", j.student().nickname());
        } else if (change instanceof ClassSession.Change.Answered a) {
            o.addProperty("type", "answer");
            o.addProperty("token", a.token());
            o.addProperty("number", a.number());
            o.addProperty("choice", a.choice());
        } else if (change instanceof ClassSession.Change.Revealed) {
            o.addProperty("type", "reveal");
        } else if (change instanceof ClassSession.Change.Removed removed) {
            o.addProperty("type", "remove");
            o.addProperty("token", removed.token());
        } else if (change instanceof ClassSession.Change.Renamed renamed) {
            o.addProperty("type", "rename");
            o.addProperty("token", renamed.token());
            o.addProperty("nickname", renamed.nickname());
        } else if (change instanceof ClassSession.Change.Doors doors) {
            o.addProperty("type", "doors");
            o.addProperty("closed", doors.closed());
        } else if (change instanceof ClassSession.Change.Sent sent) {
            o.addProperty("type", "send");
            GSON.toJsonTree(sent.check().fields()).getAsJsonObject().entrySet()
                    .forEach(field -> o.add(field.getKey(), field.getValue())); // as the snapshot writes a check
        }
        return o.toString();
    }

    /** A line {@link #line} wrote; anything else is an IllegalArgumentException (or Gson's, a RuntimeException). */
    static ClassSession.Change parse(String line) {
        JsonObject o = GSON.fromJson(line, JsonObject.class);
        if (o == null || !o.has("seq") || !o.has("type")) {
            throw new IllegalArgumentException("not a journal line");
        }
        long seq = o.get("seq").getAsLong();
        String type = o.get("type").getAsString();
        return switch (type) {
            case "join" -> new ClassSession.Change.Joined(seq, new ClassSession.Student(
                    text(o, "token"), text(o, "nickname")));
            case "answer" -> new ClassSession.Change.Answered(seq, text(o, "token"), o.get("number").getAsInt(),
                    o.get("choice").getAsInt());
            case "reveal" -> new ClassSession.Change.Revealed(seq);
            case "remove" -> new ClassSession.Change.Removed(seq, text(o, "token"));
            case "rename" -> new ClassSession.Change.Renamed(seq, text(o, "token"), text(o, "nickname"));
            case "doors" -> new ClassSession.Change.Doors(seq, o.get("closed").getAsBoolean());
            case "send" -> new ClassSession.Change.Sent(seq, RoomCheck.fromFields(GSON.fromJson(o, java.util.Map.class)));
            default -> throw new IllegalArgumentException("a journal line of type " + type);
        };
    }

    private static String text(JsonObject o, String key) {
        if (!o.has(key) || !o.get(key).isJsonPrimitive()) {
            throw new IllegalArgumentException("a journal line without " + key);
        }
        return o.get(key).getAsString();
    }
}
