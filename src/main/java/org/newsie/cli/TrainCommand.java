package org.newsie.cli;

import picocli.CommandLine.Command;

/** {@code newsie train …}: parent of the training commands. */
@Command(name = "train", description = "Train newsie's models.", mixinStandardHelpOptions = true,
        subcommands = {TrainNerCommand.class})
final class TrainCommand {
}
