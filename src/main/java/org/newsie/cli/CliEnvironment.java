package org.newsie.cli;

import java.io.InputStream;

/**
 * What the commands get from the process: standard input and whether it is a terminal (the launcher
 * tells with {@code -Dnewsie.stdin.tty=true|false}; without it, {@code System.console()} is the guess).
 */
record CliEnvironment(InputStream in, boolean stdinIsTerminal) {
    static CliEnvironment fromSystem() {
        String tty = System.getProperty("newsie.stdin.tty");
        boolean terminal = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
        return new CliEnvironment(System.in, terminal);
    }
}
