package org.safkg.remote;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Pushes named graphs to a remote store, replacing each graph there. Graphs go one at a time so that a failure can say
 * which ones the store has; since each graph is replaced, re-running the same push completes the job without
 * duplicating anything.
 */
public final class RemoteLoad {
    /** Default triples per request: small enough for any store's request limit, large enough to be quick. */
    public static final int DEFAULT_CHUNK = 10_000;

    /** Hears how the push goes, e.g. to drive a progress bar. */
    public interface Listener {
        /** Told once, before the first request: the number of triples the push will send. */
        default void started(long triples) {}

        default void sent(long triples) {}

        default void graphWritten(String graphIri) {}
    }

    private final int chunkSize;

    public RemoteLoad(int chunkSize) {
        if (chunkSize < 1) throw new IllegalArgumentException("--chunk must be at least 1, got " + chunkSize);
        this.chunkSize = chunkSize;
    }

    /** The graph names in the order they are pushed (sorted, so a re-run goes the same way). */
    public static List<String> graphNames(DatasetGraph dsg) {
        List<String> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        names.sort(null);
        return names;
    }

    /** A dataset's named graphs, sorted by name, as graphs to push. */
    public static List<PushedGraph> graphs(DatasetGraph dsg) {
        return graphNames(dsg).stream().map(name -> PushedGraph.of(name, dsg.getGraph(NodeFactory.createURI(name)))).toList();
    }

    /**
     * Pushes the dataset's named graphs and returns their names.
     *
     * @throws RemoteLoadException naming the graphs written and those not, if any request fails
     */
    public List<String> push(DatasetGraph dsg, GraphTarget target, Listener listener) {
        return push(graphs(dsg), target, listener);
    }

    /**
     * Pushes the graphs in the order given and returns their names.
     *
     * @throws RemoteLoadException naming the graphs written and those not, if any request fails
     */
    public List<String> push(List<PushedGraph> graphs, GraphTarget target, Listener listener) {
        List<String> names = graphs.stream().map(PushedGraph::name).toList();
        listener.started(graphs.stream().mapToLong(PushedGraph::size).sum());
        List<String> written = new ArrayList<>();
        for (PushedGraph g : graphs) {
            try (GraphUpload upload = target.replace(g.name())) {
                g.chunks().forEachChunk(chunkSize, chunk -> {
                    upload.add(chunk);
                    listener.sent(chunk.size());
                });
                upload.commit();
            } catch (RuntimeException e) {
                throw new RemoteLoadException(target.describe(), written, names.subList(written.size(), names.size()), e);
            }
            written.add(g.name());
            listener.graphWritten(g.name());
        }
        return written;
    }
}
