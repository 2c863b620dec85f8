package org.ganclassroom.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.ganclassroom.text.Messages;

/**
 * One sentence for an error the user can act on. Java's file-system exceptions carry only the path as
 * their message ("--out naming an existing file printed only the path"), so the kind is spelt out here, in
 * the language of --lang ({@link Messages}).
 */
final class ErrorText {

    private ErrorText() {
    }

    static String of(Throwable error) {
        Throwable cause = error instanceof UncheckedIOException unchecked ? unchecked.getCause() : error;
        if (cause instanceof FileSystemException fs) {
            String file = fs.getFile();
            String reason = fs.getReason();
            String kind;
            if (cause instanceof NoSuchFileException) {
                kind = Messages.get("cli.error.noSuchFile");
            } else if (cause instanceof FileAlreadyExistsException) {
                kind = Messages.get("cli.error.fileInTheWay");
            } else if (cause instanceof AccessDeniedException) {
                kind = Messages.get("cli.error.accessDenied");
            } else if (cause instanceof NotDirectoryException) {
                kind = Messages.get("cli.error.notFolder");
            } else if (cause instanceof DirectoryNotEmptyException) {
                kind = Messages.get("cli.error.folderNotEmpty");
            } else {
                kind = reason != null ? reason : Messages.get("cli.error.refused");
            }
            return fs.getOtherFile() != null ? Messages.get("cli.error.cannotUseEither", file, fs.getOtherFile(), kind)
                    : Messages.get("cli.error.cannotUse", file, kind);
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause instanceof IOException ? Messages.get("cli.error.readWrite", cause.getClass().getSimpleName())
                    : cause.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    static String unexpected(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return Messages.get("cli.error.outOfMemory", error.getMessage());
        }
        return Messages.get("cli.error.unexpected", error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage().lines().findFirst().orElse("")));
    }
}
