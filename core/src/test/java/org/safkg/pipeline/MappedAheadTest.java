package org.safkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The mapping moved to a thread of its own: same quads and entity ends in the same order, failures on either side stop both. */
class MappedAheadTest {
    /** More items than the blocks in flight hold, so that the mapping thread has to wait for the taker. */
    private static final int QUADS = MappedAhead.BLOCK * MappedAhead.BLOCKS_AHEAD * 3 + 17;

    private static Quad quad(int i) {
        return Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s" + i / 5), NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString("v" + i));
    }

    /** A source of {@link #QUADS} quads, an entity end after every fifth, counting what it emitted. */
    private static StudyQuads source(AtomicInteger emitted) {
        return out -> {
            for (int i = 0; i < QUADS; i++) {
                out.quad(quad(i));
                emitted.incrementAndGet();
                if (i % 5 == 4) out.entityEnd();
            }
        };
    }

    /** What a stream was given, in order: a quad's object, or "|" for an entity end. */
    private static class Recorder extends StreamRDFBase implements StudyStream {
        final List<String> seen = new ArrayList<>();
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public void quad(Quad q) {
            threads.add(Thread.currentThread().getName());
            seen.add(q.getObject().getLiteralLexicalForm());
        }

        @Override
        public void entityEnd() {
            seen.add("|");
        }
    }

    @Test
    void theTakerGetsWhatTheSourceMappedInOrderWithTheMappingOnAnotherThread() {
        Recorder direct = new Recorder();
        source(new AtomicInteger()).emit(direct);
        Recorder onMapping = new Recorder();
        Recorder taken = new Recorder();
        new MappedAhead(source(new AtomicInteger()), handover -> StudyStream.both(onMapping, handover)).emit(taken);
        assertEquals(direct.seen, taken.seen);
        assertEquals(direct.seen, onMapping.seen);
        assertEquals(Set.of(Thread.currentThread().getName()), taken.threads);
        assertEquals(Set.of("safkg-mapping"), onMapping.threads);
    }

    @Test
    void aFailureWhileMappingIsThrownOnTheTakersThreadAsItIs() {
        IllegalArgumentException bad = new IllegalArgumentException("row 7 cannot be mapped");
        // after more blocks than are in flight: the taker has been writing, and must stop with the mapping's failure
        StudyQuads failing = out -> {
            for (int i = 0; i < QUADS / 2; i++) out.quad(quad(i));
            throw bad;
        };
        Recorder taken = new Recorder();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new MappedAhead(failing, h -> h).emit(taken));
        assertSame(bad, thrown);
        assertTrue(taken.seen.size() <= QUADS / 2, "nothing after the failure: " + taken.seen.size());
    }

    @Test
    void aFailureWhileTakingStopsTheMappingAndIsThrown() {
        AtomicInteger emitted = new AtomicInteger();
        StudyStream failsAtTheThousandth = new Recorder() {
            @Override
            public void quad(Quad q) {
                if (seen.size() == 1_000) throw new IllegalStateException("the store is full");
                super.quad(q);
            }
        };
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new MappedAhead(source(emitted), h -> h).emit(failsAtTheThousandth));
        assertEquals("the store is full", thrown.getMessage());
        // emit returns only once the mapping thread has ended: it stopped within the blocks it could hand over
        int after = emitted.get();
        assertTrue(after < QUADS, "the mapping stopped early, at " + after);
        assertEquals(after, emitted.get());
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("safkg-mapping")));
    }
}
