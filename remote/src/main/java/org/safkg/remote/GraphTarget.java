package org.safkg.remote;

import java.util.function.LongConsumer;

import org.apache.jena.graph.Graph;

/** A remote store that named graphs are pushed to, one at a time, each replacing what the graph held. */
public interface GraphTarget extends AutoCloseable {

    /** What the target is, for messages (never with credentials). */
    String describe();

    /**
     * Replaces the named graph with the content, sending at most {@code chunkSize} triples per
     * request; {@code sent} is told the number of triples of each chunk once the store has it.
     */
    void replaceGraph(String graphIri, Graph content, int chunkSize, LongConsumer sent);

    @Override
    default void close() {}
}
