package org.newsie.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsie train ner}: placeholder until the name-finder work lands (issue 3). */
@Command(name = "ner", description = "Train the name finder (not yet available).")
final class TrainNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("newsie: train ner: not available in this build");
        return ExitCodes.USAGE;
    }
}
