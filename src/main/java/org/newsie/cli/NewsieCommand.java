package org.newsie.cli;

import picocli.CommandLine.Command;

/** The top-level {@code newsie} command. */
@Command(name = "newsie",
        description = "Analyze English news articles: layout, sentences, people, places, organizations, and who said what.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {TrainCommand.class, EvalCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all inputs were analyzed",
            "1:some input failed (the others were still analyzed and written)",
            "2:usage error (unknown option, bad value)",
            "3:a model is missing or unreadable"})
final class NewsieCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required (try: newsie analyze FILE)");
    }
}
