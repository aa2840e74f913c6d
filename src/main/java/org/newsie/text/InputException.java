package org.newsie.text;

/** An input that cannot be analyzed at all: missing, unreadable, binary, too large. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
