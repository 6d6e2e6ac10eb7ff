package org.safkg.cli;

import java.io.PrintWriter;

import org.safkg.remote.RemoteLoad;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar of {@code safkg load --to}: triples sent so far, on the error stream so that the output stays clean. */
final class PushProgress {
    private PushProgress() {}

    static ProgressBar bar(PrintWriter err, long triples) {
        return new ProgressBarBuilder().setTaskName("Pushing").setInitialMax(triples).setUnit(" triples", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                // a fixed width: the bar must not probe a terminal, which tests and CI do not have
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print("\r" + line);
                    err.flush();
                }, 100))
                .build();
    }

    static RemoteLoad.Listener listener(ProgressBar bar) {
        return new RemoteLoad.Listener() {
            @Override
            public void sent(long triples) {
                bar.stepBy(triples);
            }
        };
    }
}
