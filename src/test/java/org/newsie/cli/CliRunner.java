package org.newsie.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process with captured streams. */
final class CliRunner {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        return run(null, args);
    }

    /** With {@code stdin} null, standard input is a terminal; otherwise it is piped with these bytes. */
    static Result run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = stdin == null ? InputStream.nullInputStream() : new ByteArrayInputStream(stdin);
        CliEnvironment env = new CliEnvironment(in, stdin == null);
        int code = Main.commandLine(env, new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private CliRunner() {
    }
}
