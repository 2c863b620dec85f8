package org.ganclassroom.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One writer per file or folder: an operating-system lock on a small lock file, held while a window or a
 * {@code train} run owns its progress file or {@code --out} folder. The system drops the lock when the
 * process ends, however it ends, so a crash (even kill -9) never leaves it stuck; the lock file itself
 * stays behind, empty and harmless.
 *
 * <p>Java file locks belong to the whole JVM: a second attempt from the same process throws
 * OverlappingFileLockException, which this class reports as "held", the same as another process's lock.
 */
public final class WriterLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty if another window or run holds it now. */
    public static Optional<WriterLock> tryAcquire(Path lockFile) throws IOException {
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new WriterLock(channel, lock));
            }
        } catch (OverlappingFileLockException heldHere) {
            // another owner in this JVM (a second window in tests)
        } catch (IOException | RuntimeException failed) {
            channel.close();
            throw failed;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the process is letting go anyway; the system releases the lock with the channel
        }
    }
}
