package org.ganclassroom.lesson;

import java.nio.file.Path;
import org.ganclassroom.storage.InstallFolders;

/** The lessons folder to open: the one the user named, else the course shipped with the app. */
public final class LessonsFolder {

    private LessonsFolder() {
    }

    public static Path locate(Path explicit) {
        return explicit != null ? explicit : InstallFolders.locate("lessons");
    }
}
