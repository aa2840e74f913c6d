package org.newsie.cli;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on a terminal: articles done / total, articles per second, time left. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    Progress(PrintStream terminal, int total) {
        this.bar = new ProgressBarBuilder()
                .setTaskName("newsie")
                .setInitialMax(total)
                .setUnit(" articles", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(terminal))
                .continuousUpdate()
                .build();
    }

    void step() {
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
    }
}
