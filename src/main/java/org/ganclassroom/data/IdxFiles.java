package org.ganclassroom.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.ganclassroom.text.Messages;

/**
 * Reads the IDX format of MNIST and Fashion-MNIST, gzipped or not. The body is read in one
 * {@code readFully} into a byte array: loading 60,000 images takes a fraction of a second, where a
 * per-pixel loop into {@code Nd4j.create} took seconds.
 */
public final class IdxFiles {

    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;
    static final int SIDE = 28;
    /** MNIST has 70,000 images in all; the limit keeps a forged header from asking for gigabytes. */
    static final int MAX_IMAGES = 250_000;

    private IdxFiles() {
    }

    public static ImageSet read(String name, Path images, Path labels) throws DatasetException {
        try (DataInputStream in = open(images)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new DatasetException(Messages.get("data.idx.notImages", images));
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (count <= 0 || rows <= 0 || cols <= 0) {
                throw new DatasetException(Messages.get("data.idx.impossibleHeader", images, count, rows, cols));
            }
            if (rows != SIDE || cols != SIDE) {
                throw new DatasetException(Messages.get("data.idx.size", images, rows, cols, SIDE));
            }
            if (count > MAX_IMAGES) {
                throw new DatasetException(Messages.get("data.idx.tooMany", images, count, MAX_IMAGES));
            }
            // readNBytes grows its buffer as data arrives, so a header that lies about the count costs no
            // more memory than the file really holds.
            byte[] pixels = in.readNBytes(count * SIDE * SIDE);
            if (pixels.length < count * SIDE * SIDE) {
                throw new EOFException();
            }
            byte[] labelBytes = labels == null ? null : readLabels(labels, count);
            return new ImageSet(name, count, rows, cols, pixels, labelBytes, List.of());
        } catch (EOFException truncated) {
            throw new DatasetException(Messages.get("data.idx.truncatedImages", images));
        } catch (NoSuchFileException missing) {
            throw new DatasetException(Messages.get("data.idx.missing", missing.getFile()));
        } catch (ZipException corrupt) {
            throw new DatasetException(Messages.get("data.idx.notGzip", images, corrupt.getMessage()));
        } catch (IOException unreadable) {
            throw new DatasetException(Messages.get("data.idx.unreadable", images, unreadable.getMessage()), unreadable);
        }
    }

    private static byte[] readLabels(Path labels, int expected) throws IOException, DatasetException {
        try (DataInputStream in = open(labels)) {
            if (in.readInt() != LABELS_MAGIC) {
                throw new DatasetException(Messages.get("data.idx.notLabels", labels));
            }
            int count = in.readInt();
            if (count != expected) {
                throw new DatasetException(Messages.get("data.idx.labelCount", labels, count, expected));
            }
            byte[] bytes = in.readNBytes(count);
            if (bytes.length < count) {
                throw new EOFException();
            }
            return bytes;
        } catch (EOFException truncated) {
            throw new DatasetException(Messages.get("data.idx.truncatedLabels", labels));
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        InputStream body = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new DataInputStream(new BufferedInputStream(body, 1 << 16));
    }
}
