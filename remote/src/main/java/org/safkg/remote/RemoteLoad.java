package org.safkg.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Pushes every named graph of a dataset to a remote store, replacing each graph there. Graphs go
 * one at a time so that a failure can say which ones the store has; since each graph is replaced,
 * re-running the same push completes the job without duplicating anything.
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
        this.chunkSize = chunkSize;
    }

    /** The graph names in the order they are pushed (sorted, so a re-run goes the same way). */
    public static List<String> graphNames(DatasetGraph dsg) {
        List<String> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        names.sort(null);
        return names;
    }

    /** The number of triples that will be sent. */
    public static long size(DatasetGraph dsg) {
        long n = 0;
        for (String g : graphNames(dsg)) n += dsg.getGraph(NodeFactory.createURI(g)).size();
        return n;
    }

    /**
     * Pushes the dataset's named graphs and returns their names.
     *
     * @throws RemoteLoadException naming the graphs written and those not, if any request fails
     */
    public List<String> push(DatasetGraph dsg, GraphTarget target, Listener listener) {
        List<String> names = graphNames(dsg);
        listener.started(size(dsg));
        List<String> written = new ArrayList<>();
        LongConsumer sent = listener::sent;
        for (String name : names) {
            Node g = NodeFactory.createURI(name);
            Graph content = dsg.getGraph(g);
            try {
                target.replaceGraph(name, content, chunkSize, sent);
            } catch (RuntimeException e) {
                throw new RemoteLoadException(target.describe(), written, names.subList(written.size(), names.size()), e);
            }
            written.add(name);
            listener.graphWritten(name);
        }
        return written;
    }
}
