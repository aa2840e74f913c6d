package org.newsie.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

import org.newsie.nlp.NlpModels;

/** The entry point; the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = commandLine(CliEnvironment.fromSystem(), out, err, args).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The command line configured to run {@code args}; tests call {@link CommandLine#execute} on it with their
     * own streams. For {@code newsie analyze …}, {@code analyze} is its only subcommand: a single-article run
     * then spends no start-up time on picocli reading the train and eval commands' options by reflection.
     */
    static CommandLine commandLine(CliEnvironment env, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new NewsieCommand());
        if (args.length == 0 || !"analyze".equals(args[0])) {
            cl.addSubcommand(new TrainCommand());
            cl.addSubcommand(new EvalCommand());
        }
        cl.addSubcommand(new CommandLine(new AnalyzeCommand(env)));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("newsie: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            c.getErr().flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            boolean verbose = verbose(parsed);
            if (ex instanceof NlpModels.ModelException) {
                c.getErr().println("newsie: model: " + ex.getMessage());
                if (verbose) {
                    ex.printStackTrace(c.getErr());
                }
                c.getErr().flush();
                return ExitCodes.MODEL;
            }
            c.getErr().println("newsie: internal error: " + ex);
            if (verbose) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return ExitCodes.INPUT_FAILED;
        });
        return cl;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.commandSpec().findOption("--verbose") != null && r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
