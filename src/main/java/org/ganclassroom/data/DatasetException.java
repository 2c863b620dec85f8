package org.ganclassroom.data;

/** A dataset that cannot be used, with a sentence a user can act on. */
public class DatasetException extends Exception {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
