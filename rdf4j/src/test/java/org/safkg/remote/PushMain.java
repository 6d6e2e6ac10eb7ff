package org.safkg.remote;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.Clock;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

import org.safkg.load.CsvBundleSource;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudyChecks;
import org.safkg.pipeline.StudyPipeline;
import org.safkg.pipeline.WriteReport;

/**
 * What {@code load BUNDLE --to URL} does, in a JVM of its own for {@link RemoteScaleBenchmark}: {@code streamed} as the
 * command does it, or {@code in-memory} (the study mapped into memory first, as before streaming) for comparison.
 * Prints {@code PUSHED quads PEAK_HEAP_MB mb HEAP_AFTER_GC_MB mb}; credentials come from the environment, as for the command.
 */
final class PushMain {
    private PushMain() {}

    public static void main(String[] args) {
        long[] heap = watchHeap();
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
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) used += pool.getUsage().getUsed();
        }
        synchronized (heap) {
            heap[0] = Math.max(heap[0], used);
            System.out.println("PUSHED " + report.graphs().values().stream().mapToLong(Long::longValue).sum() + " PEAK_HEAP_MB " + (heap[0] >> 20)
                    + " HEAP_AFTER_GC_MB " + (heap[1] >> 20));
        }
    }

    /**
     * The most heap in use before a collection (index 0) and the most still in use after one (index 1), kept up to date
     * from the collectors' notifications: what the push needed at its fullest, and what it kept live.
     */
    private static long[] watchHeap() {
        long[] heap = new long[2];
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, ignored) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                long before = info.getMemoryUsageBeforeGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                long after = info.getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                synchronized (heap) {
                    heap[0] = Math.max(heap[0], before);
                    heap[1] = Math.max(heap[1], after);
                }
            }, null, null);
        }
        return heap;
    }
}
