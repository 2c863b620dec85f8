package org.ganclassroom.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ganclassroom.storage.ImageFiles;
import org.ganclassroom.text.Messages;

/**
 * A user's own folder of PNG/JPEG images, turned into 28x28 grayscale like MNIST. Files that cannot be
 * read are skipped with a warning naming each: damaged or cut-off ones, and ones whose header claims more
 * pixels than a picture has any need of (an image bomb), checked before decoding ({@link ImageFiles}). Pictures drawn dark-on-light (a scan of ink on paper) are
 * inverted so that, as in MNIST, strokes are light on a black background.
 */
public final class ImageFolder {

    public static final int SIZE = 28;
    /** More than MNIST's 60,000; 100,000 28x28 images take 78 MB. */
    static final int MAX_IMAGES = 100_000;
    /** Pictures are decoded at most this large (subsampled while decoding), then scaled to 28x28. */
    private static final int DECODE_SIDE = 512;

    private ImageFolder() {
    }

    public static ImageSet read(Path folder) throws DatasetException {
        if (!Files.isDirectory(folder)) {
            throw new DatasetException(Messages.get("data.folder.missing", folder));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException unreadable) {
            throw new DatasetException(Messages.get("data.folder.cannotList", folder, unreadable.getMessage()), unreadable);
        }
        List<String> warnings = new ArrayList<>();
        List<byte[]> images = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!(name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg"))) {
                warnings.add(Messages.get("data.skipped.notImage", file.getFileName()));
                continue;
            }
            if (images.size() == MAX_IMAGES) {
                warnings.add(Messages.get("data.firstImagesOnly", Messages.number(MAX_IMAGES)));
                break;
            }
            try {
                images.add(toMnistLike(ImageFiles.read(file, DECODE_SIDE)));
            } catch (IOException unreadable) {
                // the reason (damaged, too large) is ImageFiles' sentence, in English
                warnings.add(Messages.get("data.skipped", unreadable.getMessage()));
            }
        }
        if (images.isEmpty()) {
            throw new DatasetException(warnings.isEmpty() ? Messages.get("data.folder.noImages", folder)
                    : Messages.get("data.folder.noImagesSkipped", folder, Messages.count("data.filesSkipped", warnings.size()),
                            warnings.get(0)));
        }
        byte[] pixels = new byte[images.size() * SIZE * SIZE];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, pixels, i * SIZE * SIZE, SIZE * SIZE);
        }
        return new ImageSet(folder.getFileName().toString(), images.size(), SIZE, SIZE, pixels, null, warnings);
    }

    static byte[] toMnistLike(BufferedImage source) {
        BufferedImage gray = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE); // transparent pixels become paper
        g.drawImage(source, 0, 0, SIZE, SIZE, null);
        g.dispose();
        byte[] pixels = new byte[SIZE * SIZE];
        gray.getRaster().getDataElements(0, 0, SIZE, SIZE, pixels);
        if (borderIsLight(pixels)) {
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (byte) (255 - (pixels[i] & 0xff));
            }
        }
        return pixels;
    }

    private static boolean borderIsLight(byte[] pixels) {
        long sum = 0;
        int n = 0;
        for (int i = 0; i < SIZE; i++) {
            sum += (pixels[i] & 0xff) + (pixels[(SIZE - 1) * SIZE + i] & 0xff)
                    + (pixels[i * SIZE] & 0xff) + (pixels[i * SIZE + SIZE - 1] & 0xff);
            n += 4;
        }
        return sum / (double) n > 127;
    }
}
