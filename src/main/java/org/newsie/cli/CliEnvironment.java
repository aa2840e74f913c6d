package org.newsie.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * What the commands get from the process: standard input and whether it is a terminal, and where a
 * progress bar may go (standard error, when it is a terminal). The launcher tells what is a terminal with
 * {@code -Dnewsie.stdin.tty=true|false} and {@code -Dnewsie.stderr.tty=true|false}; without them,
 * {@code System.console()} is the guess.
 */
record CliEnvironment(InputStream in, boolean stdinIsTerminal, Optional<PrintStream> progress) {
    CliEnvironment(InputStream in, boolean stdinIsTerminal) {
        this(in, stdinIsTerminal, Optional.empty());
    }

    static CliEnvironment fromSystem() {
        boolean console = System.console() != null;
        boolean stdinTty = flag("newsie.stdin.tty", console);
        boolean stderrTty = flag("newsie.stderr.tty", console);
        return new CliEnvironment(System.in, stdinTty, stderrTty ? Optional.of(System.err) : Optional.empty());
    }

    private static boolean flag(String property, boolean fallback) {
        String v = System.getProperty(property);
        return v != null ? Boolean.parseBoolean(v) : fallback;
    }
}
