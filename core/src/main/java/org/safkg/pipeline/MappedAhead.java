package org.safkg.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * A study's quads mapped on a thread of their own, ahead of the thread that takes them: a store's write transaction is
 * bound to the thread that began it, so the mapping (and whatever else needs no transaction) moves off that thread, and
 * the two run on two cores. The quads and entity ends arrive in the order mapped, in blocks; only a few blocks are ever
 * in memory. A failure on either side stops both and is thrown on the taking thread.
 */
public final class MappedAhead implements StudyQuads {
    /** Quads and entity ends per block handed over (a block is ~100 KB). */
    static final int BLOCK = 2_048;
    /** Blocks mapped but not yet taken: enough to smooth out both sides' pauses, few enough to bound memory. */
    static final int BLOCKS_AHEAD = 8;
    private static final Object ENTITY_END = new Object();
    private static final Object[] LAST = new Object[0];

    private final StudyQuads source;
    private final UnaryOperator<StudyStream> onMappingThread;

    /**
     * @param onMappingThread what the mapped quads pass through on the mapping thread before they are handed over (e.g.
     *                        dropping duplicates, or a text index that needs no transaction); given the stream that hands
     *                        them over, it returns the stream the mapping writes to
     */
    public MappedAhead(StudyQuads source, UnaryOperator<StudyStream> onMappingThread) {
        this.source = source;
        this.onMappingThread = onMappingThread;
    }

    @Override
    public void emit(StudyStream out) {
        BlockingQueue<Object[]> blocks = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
        Handover handover = new Handover(blocks);
        Throwable[] failed = new Throwable[1];
        Thread mapping = new Thread(() -> {
            try {
                source.emit(onMappingThread.apply(handover));
                handover.flush();
                handover.put(LAST);
            } catch (Handover.Stopped stopped) {
                // the taking side failed and said so: nothing to report
            } catch (Throwable t) {
                failed[0] = t;
                handover.putQuietly(LAST);
            }
        }, "safkg-mapping");
        mapping.setDaemon(true);
        mapping.start();
        boolean done = false;
        try {
            for (Object[] block = take(blocks); block != LAST; block = take(blocks)) {
                for (Object item : block) {
                    if (item == null) break;
                    if (item == ENTITY_END) out.entityEnd();
                    else out.quad((Quad) item);
                }
            }
            done = true;
        } finally {
            if (!done) handover.stop();
            join(mapping);
        }
        // the join orders the mapping thread's writes (failed[0], and its streams' state) before these reads
        if (failed[0] instanceof RuntimeException e) throw e;
        if (failed[0] instanceof Error e) throw e;
        if (failed[0] != null) throw new IllegalStateException("mapping the study failed: " + failed[0].getMessage(), failed[0]);
    }

    private static Object[] take(BlockingQueue<Object[]> blocks) {
        try {
            return blocks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the study", e);
        }
    }

    private static void join(Thread mapping) {
        try {
            mapping.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the study", e);
        }
    }

    /** The mapping thread's end of the queue: quads and entity ends gathered into blocks. */
    private static final class Handover extends StreamRDFBase implements StudyStream {
        /** Thrown on the mapping thread when the taking side has stopped. */
        static final class Stopped extends RuntimeException {
            Stopped() {
                super("the writer stopped", null, false, false);
            }
        }

        private final BlockingQueue<Object[]> blocks;
        private volatile boolean stopped;
        private Object[] block = new Object[BLOCK];
        private int size;

        Handover(BlockingQueue<Object[]> blocks) {
            this.blocks = blocks;
        }

        @Override
        public void quad(Quad q) {
            add(q);
        }

        @Override
        public void entityEnd() {
            add(ENTITY_END);
        }

        private void add(Object item) {
            block[size++] = item;
            if (size == BLOCK) flush();
        }

        void flush() {
            if (size == 0) return;
            put(block);
            block = new Object[BLOCK];
            size = 0;
        }

        void put(Object[] b) {
            try {
                do {
                    if (stopped) throw new Stopped();
                } while (!blocks.offer(b, 100, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }

        void putQuietly(Object[] b) {
            try {
                put(b);
            } catch (Stopped ignored) {
                // nobody is taking
            }
        }

        /**
         * The taking side failed: the mapping thread stops at its next hand-over (not interrupted: it may be writing a
         * text index, which an interrupt would close).
         */
        void stop() {
            stopped = true;
            blocks.clear();
        }
    }
}
