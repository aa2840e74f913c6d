package org.newsie.model;

/** Anything that covers {@code [start, end)} of an article's text, in Java {@code String} indices. */
public interface Span {
    int start();

    int end();

    default int length() {
        return end() - start();
    }

    default boolean covers(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    /** Checks {@code 0 <= start <= end}; used by the records' compact constructors. */
    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
