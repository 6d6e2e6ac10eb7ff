package org.safkg.remote;

import java.util.function.Consumer;

import org.apache.jena.graph.Graph;

/** A named graph to push: its name, its number of triples, and its triples handed over in chunks of a given size. */
public record PushedGraph(String name, long size, PushedGraph.ChunkSource chunks) {

    /** Hands a graph's triples over in chunks; a graph with blank nodes goes as one chunk (see {@link Chunks}). */
    @FunctionalInterface
    public interface ChunkSource {
        /** Gives every triple once, in chunks of at most {@code size} triples (at least one chunk, empty for an empty graph). */
        void forEachChunk(int size, Consumer<Graph> chunk);
    }

    /** A graph in memory. */
    public static PushedGraph of(String name, Graph content) {
        return new PushedGraph(name, content.size(), (size, chunk) -> Chunks.of(content, size).forEach(chunk));
    }
}
