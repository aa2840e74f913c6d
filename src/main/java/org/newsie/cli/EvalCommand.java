package org.newsie.cli;

import picocli.CommandLine.Command;

/** {@code newsie eval …}: parent of the evaluation commands. */
@Command(name = "eval", description = "Measure newsie against hand-annotated data.", mixinStandardHelpOptions = true,
        subcommands = {EvalNerCommand.class, EvalQuotesCommand.class})
final class EvalCommand {
}
