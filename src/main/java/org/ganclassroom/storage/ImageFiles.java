package org.ganclassroom.storage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads PNG, JPEG and GIF files without trusting them: the header's width and height are checked before
 * any pixel is decoded, since a 162-byte JPEG can claim 40000x40000 pixels and {@code ImageIO.read} would
 * try to allocate 6 GB for it. A file the decoder warns about (most often one cut off mid-way) is refused
 * rather than used half grey.
 */
public final class ImageFiles {

    /** Far above any picture a lesson or a dataset needs (a 4K screenshot is 8.3 megapixels). */
    public static final long MAX_PIXELS = 25_000_000L;
    /** The largest side JavaFX and Java2D handle comfortably. */
    public static final int MAX_SIDE = 16_384;

    private ImageFiles() {
    }

    /** Width and height from the header alone. */
    public record Size(int width, int height) {
    }

    /** The header's size, or an IOException whose message is a sentence about the file. */
    public static Size size(Path file) throws IOException {
        try (ImageInputStream in = open(file)) {
            ImageReader reader = readerFor(file, in);
            try {
                return checked(file, reader);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Decodes the image, at most {@code maxSide} pixels on its longer side (larger ones are subsampled
     * while decoding, so a big photo never sits in memory at full size).
     */
    public static BufferedImage read(Path file, int maxSide) throws IOException {
        try (ImageInputStream in = open(file)) {
            ImageReader reader = readerFor(file, in);
            try {
                Size size = checked(file, reader);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(size.width(), size.height()) / Math.max(1, maxSide));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                boolean[] warned = {false};
                reader.addIIOReadWarningListener(new IIOReadWarningListener() {
                    @Override
                    public void warningOccurred(ImageReader source, String warning) {
                        warned[0] = true;
                    }
                });
                BufferedImage image = reader.read(0, param);
                if (warned[0]) {
                    throw new IOException(org.ganclassroom.text.Messages.get("image.damagedWarned", file.getFileName()));
                }
                return image;
            } catch (RuntimeException | javax.imageio.IIOException broken) {
                throw new IOException(org.ganclassroom.text.Messages.get("image.damaged", file.getFileName(), firstLine(broken)), broken);
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(org.ganclassroom.text.Messages.get("image.notFile", file.getFileName()));
        }
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) {
            throw new IOException(org.ganclassroom.text.Messages.get("image.cannotOpen", file.getFileName()));
        }
        return in;
    }

    private static ImageReader readerFor(Path file, ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            in.close();
            throw new IOException(org.ganclassroom.text.Messages.get("image.notImage", file.getFileName()));
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true, true);
        return reader;
    }

    private static Size checked(Path file, ImageReader reader) throws IOException {
        int width;
        int height;
        try {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (RuntimeException | javax.imageio.IIOException broken) {
            throw new IOException(org.ganclassroom.text.Messages.get("image.damagedHeader", file.getFileName(), firstLine(broken)), broken);
        }
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE
                || (long) width * height > MAX_PIXELS) {
            throw new IOException(org.ganclassroom.text.Messages.get("image.tooLarge", file.getFileName(), width + "x" + height,
                    MAX_SIDE, MAX_PIXELS / 1_000_000));
        }
        return new Size(width, height);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
