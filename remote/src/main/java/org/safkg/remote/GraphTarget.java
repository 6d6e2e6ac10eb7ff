package org.safkg.remote;

/** A remote store that named graphs are pushed to, one at a time, each replacing what the graph held. */
public interface GraphTarget extends AutoCloseable {

    /** What the target is, for messages (never with credentials). */
    String describe();

    /** Starts replacing the named graph; the caller adds its chunks, commits, and closes the upload. */
    GraphUpload replace(String graphIri);

    @Override
    default void close() {}
}
