package org.ganclassroom.storage;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Folders that ship with the app ({@code lessons/}, {@code sample-data/}): beside the application jar in
 * the packaged app and installers, else in the working directory when running from a source checkout.
 */
public final class InstallFolders {

    private InstallFolders() {
    }

    public static Path locate(String name) {
        return besideApplicationJar(name).orElse(Path.of(name));
    }

    private static Optional<Path> besideApplicationJar(String name) {
        try {
            var source = InstallFolders.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location) || location.getParent() == null) {
                return Optional.empty(); // running from target/classes: use the checkout's folder
            }
            return Optional.of(location.getParent().resolve(name)).filter(Files::isDirectory);
        } catch (URISyntaxException | SecurityException | IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
