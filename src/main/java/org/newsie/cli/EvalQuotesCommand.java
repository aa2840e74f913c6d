package org.newsie.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsie eval quotes}: placeholder until the quote work lands (issue 4). */
@Command(name = "quotes", description = "Evaluate quote attribution (not yet available).")
final class EvalQuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("newsie: eval quotes: not available in this build");
        return ExitCodes.USAGE;
    }
}
