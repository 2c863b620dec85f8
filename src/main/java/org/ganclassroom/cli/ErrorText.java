package org.ganclassroom.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One sentence for an error the user can act on. Java's file-system exceptions carry only the path as
 * their message ("--out naming an existing file printed only the path"), so the kind is spelt out here.
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
                kind = "no such file or folder";
            } else if (cause instanceof FileAlreadyExistsException) {
                kind = "a file of that name is in the way";
            } else if (cause instanceof AccessDeniedException) {
                kind = "permission denied (a read-only disk or folder?)";
            } else if (cause instanceof NotDirectoryException) {
                kind = "it is not a folder";
            } else if (cause instanceof DirectoryNotEmptyException) {
                kind = "the folder is not empty";
            } else {
                kind = reason != null ? reason : "the file system refused";
            }
            return "cannot use " + file + (fs.getOtherFile() != null ? " or " + fs.getOtherFile() : "") + ": " + kind;
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause instanceof IOException ? "could not read or write a file (" + cause.getClass().getSimpleName() + ")"
                    : cause.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    static String unexpected(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return "ran out of memory (" + error.getMessage() + "); close other programs or give Java more with -Xmx";
        }
        return "unexpected error: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage().lines().findFirst().orElse(""))
                + " (this is a bug; set GANCLASSROOM_DEBUG=1 to print the details for a report)";
    }
}
