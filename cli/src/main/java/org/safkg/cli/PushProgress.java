package org.safkg.cli;

import java.io.PrintWriter;

import org.safkg.remote.RemoteLoad;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar of a push to a remote store: triples sent so far, on the error stream so that the output stays clean. */
final class PushProgress implements RemoteLoad.Listener, AutoCloseable {
    private final PrintWriter err;
    private ProgressBar bar;

    PushProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(long triples) {
        bar = new ProgressBarBuilder().setTaskName("Pushing").setInitialMax(triples).setUnit(" triples", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                // a fixed width: the bar must not probe a terminal, which tests and CI do not have
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print("\r" + line);
                    err.flush();
                }, 100))
                .build();
    }

    @Override
    public void sent(long triples) {
        if (bar != null) bar.stepBy(triples);
    }

    /** Stops the bar (if a push started it) and ends its line. */
    @Override
    public void close() {
        if (bar == null) return;
        bar.close();
        bar = null;
        err.println();
        err.flush();
    }
}
