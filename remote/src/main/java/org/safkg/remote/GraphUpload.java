package org.safkg.remote;

import org.apache.jena.graph.Graph;

/**
 * One graph being replaced on a remote store, chunk by chunk: what the store holds for the graph once committed is
 * exactly the chunks added; closing without commit abandons what the store allows to be abandoned.
 */
public interface GraphUpload extends AutoCloseable {

    /** Sends one chunk of the graph's triples. */
    void add(Graph chunk);

    /** Ends the upload: the graph on the store is now the chunks sent (an empty graph if none was). */
    void commit();

    /** Abandons an upload not committed (a no-op after commit). */
    @Override
    void close();
}
