package org.ganclassroom.cli;

/** A value on the command line that is well-formed but not usable (an unknown preset name, say): exit 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
