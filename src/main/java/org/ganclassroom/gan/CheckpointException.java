package org.ganclassroom.gan;

/** A checkpoint that cannot be written or read, with a sentence a user can act on. */
public class CheckpointException extends Exception {
    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
