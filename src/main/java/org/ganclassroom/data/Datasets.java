package org.ganclassroom.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ganclassroom.text.Messages;

/**
 * Opens a dataset by name: {@code mnist}, {@code fashion} (both shipped in {@code sample-data/}) or the
 * path of a folder of images.
 */
public final class Datasets {

    public static final String MNIST = "mnist";
    public static final String FASHION = "fashion";
    /** The datasets shipped in sample-data/, with held-out test images and labels. */
    public static final java.util.List<String> SHIPPED = java.util.List.of(MNIST, FASHION);

    private final Path sampleData;

    /**
     * Fashion-MNIST's classes by label, as stable ids: the keys of their names in the messages bundle
     * ({@code fashion.class.tshirt}, ...). Files and machine output use the label number, never a name.
     */
    public static final java.util.List<String> FASHION_CLASS_IDS = java.util.List.of("tshirt", "trouser", "pullover",
            "dress", "coat", "sandal", "shirt", "sneaker", "bag", "boot");

    /**
     * Short names of a shipped dataset's ten classes, by label, to show people (the judge's histogram, the
     * latent lab's buttons): clothes in the chosen language ({@link Messages}), digits as digits.
     */
    public static java.util.List<String> classNames(String dataset) {
        if (FASHION.equals(dataset)) {
            return FASHION_CLASS_IDS.stream().map(id -> Messages.get("fashion.class." + id)).toList();
        }
        return java.util.List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    public Datasets(Path sampleData) {
        this.sampleData = sampleData;
    }

    /** {@code sample-data/} beside the application jar, else in the working directory. */
    public static Datasets shipped() {
        return new Datasets(locateSampleData());
    }

    public Path sampleDataFolder() {
        return sampleData;
    }

    public ImageSet training(String spec) throws DatasetException {
        return open(spec, "train");
    }

    /** The held-out test images of a shipped dataset (for judging and checks); folders have none. */
    public ImageSet test(String spec) throws DatasetException {
        return open(spec, "t10k");
    }

    private ImageSet open(String spec, String part) throws DatasetException {
        String key = spec.toLowerCase(Locale.ROOT);
        if (key.equals(MNIST) || key.equals(FASHION)) {
            Path dir = sampleData.resolve(key);
            return IdxFiles.read(key, dir.resolve(part + "-images-idx3-ubyte.gz"),
                    dir.resolve(part + "-labels-idx1-ubyte.gz"));
        }
        if (part.equals("t10k")) {
            throw new DatasetException(Messages.get("data.noTestImages"));
        }
        Path folder = Path.of(spec);
        if (!Files.exists(folder)) {
            throw new DatasetException(Messages.get("data.unknown", spec));
        }
        return ImageFolder.read(folder);
    }

    private static Path locateSampleData() {
        return org.ganclassroom.storage.InstallFolders.locate("sample-data");
    }
}
