package org.safkg.remote;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;

import org.safkg.load.CsvBundleSource;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudyChecks;
import org.safkg.pipeline.StudyPipeline;
import org.safkg.pipeline.WriteReport;

/**
 * What {@code load BUNDLE --to URL} does, in a JVM of its own for {@link RemoteScaleBenchmark}: {@code streamed} as the
 * command does it, or {@code in-memory} (the study mapped into memory first, as before streaming) for comparison.
 * Prints {@code PUSHED quads PEAK_HEAP_MB mb}; credentials come from the environment, as for the command.
 */
final class PushMain {
    private PushMain() {}

    public static void main(String[] args) {
        Path bundle = Path.of(args[0]);
        String to = args[1];
        boolean streamed = "streamed".equals(args[2]);
        CsvBundleSource source = new CsvBundleSource(bundle, Clock.systemUTC(), 4L << 30);
        WriteReport report;
        try (GraphTarget target = RemoteTargets.parse(to, RemoteCredentials.fromEnvironment(System.getenv()))) {
            RemoteSink sink = new RemoteSink(target, RemoteLoad.DEFAULT_CHUNK, new RemoteLoad.Listener() {});
            if (streamed) {
                report = StudyPipeline.standard().run(source, sink).report();
            } else {
                PreparedStudy whole = source.stream().collect();
                StudyChecks.standard().require(whole);
                report = sink.write(whole);
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.println("PUSHED " + report.graphs().values().stream().mapToLong(Long::longValue).sum() + " PEAK_HEAP_MB " + (peak >> 20));
    }
}
