package org.newsie.cli;

import picocli.CommandLine.Command;

/** The top-level {@code newsie} command. */
@Command(name = "newsie",
        description = "Analyze English news articles: layout, sentences, people, places, organizations, and who said what.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_INPUT_FAILED, ExitCodes.HELP_USAGE, ExitCodes.HELP_MODEL})
final class NewsieCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required (try: newsie analyze FILE)");
    }
}
