package org.ganclassroom.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes that matter (settings, progress, checkpoints) go to a temporary file in the same folder and are
 * then moved over the target in one step, so a crash or a full disk mid-write leaves the old file intact.
 */
public final class AtomicFiles {

    /** Writes the whole content to a stream; any exception aborts the write and keeps the old file. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: that makes the file private (rw-------) and the rename would keep it so;
        // a checkpoint saved for a class must stay readable by the other accounts on a shared machine.
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writer.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException unsupported) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static final java.util.regex.Pattern LEFTOVER = java.util.regex.Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    /**
     * Deletes the temporary files that writes into {@code dir} left behind when their process was killed
     * mid-save (kill -9 leaves no chance to clean up). Only call it while holding the folder's
     * {@link WriterLock}, so no write in progress loses its temporary file.
     */
    public static int removeLeftovers(Path dir) throws IOException {
        return removeLeftovers(dir, "");
    }

    /** As {@link #removeLeftovers(Path)}, only for writes of files whose name starts with {@code prefix}. */
    public static int removeLeftovers(Path dir, String prefix) throws IOException {
        int removed = 0;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith("." + prefix) && LEFTOVER.matcher(name).matches()
                        && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * Moves an unreadable file out of the way as {@code <name>.broken-<time>} (kept for a person to look
     * at, never silently overwritten) and returns where it went.
     */
    public static Path setAside(Path file) throws IOException {
        Path backup = file.resolveSibling(file.getFileName() + ".broken-"
                + java.time.Instant.now().toString().replace(':', '-'));
        Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
        return backup;
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
