package org.newsie.cli;

/** The exit codes of every newsie command; listed in {@code --help}. */
public final class ExitCodes {
    /** All inputs were analyzed. */
    public static final int OK = 0;
    /** Some input failed; the others were still analyzed and written. */
    public static final int INPUT_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A model is missing or unreadable. */
    public static final int MODEL = 3;

    private ExitCodes() {
    }
}
