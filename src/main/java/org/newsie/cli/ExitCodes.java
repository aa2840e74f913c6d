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

    /** The lines of {@code --help}'s exit-code list (picocli's "code:description" form). */
    static final String HELP_OK = "0:all inputs were analyzed";
    static final String HELP_INPUT_FAILED = "1:some input failed (the others were still analyzed and written)";
    static final String HELP_USAGE = "2:usage error (unknown option, bad value)";
    static final String HELP_MODEL = "3:a model is missing or unreadable";

    private ExitCodes() {
    }
}
