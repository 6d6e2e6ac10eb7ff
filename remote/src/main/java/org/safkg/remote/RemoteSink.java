package org.safkg.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudySink;
import org.safkg.pipeline.WriteReport;

/**
 * A remote store (Graph Store Protocol or RDF4J REST, see {@link RemoteTargets}) as a pipeline sink:
 * the ontology and the study's graphs are pushed one graph at a time, each replacing what the store held.
 */
public final class RemoteSink implements StudySink {
    private final GraphTarget target;
    private final RemoteLoad load;
    private final RemoteLoad.Listener listener;

    /** A sink pushing at most {@code chunk} triples per request; the caller closes the target. */
    public RemoteSink(GraphTarget target, int chunk, RemoteLoad.Listener listener) {
        if (chunk < 1) throw new IllegalArgumentException("--chunk must be at least 1, got " + chunk);
        this.target = target;
        this.load = new RemoteLoad(chunk);
        this.listener = listener;
    }

    /** The dataset a study is pushed as: the ontology graph (so the remote store answers the competency queries) and the study's graphs. */
    public static DatasetGraph dataset(PreparedStudy study) {
        return study.asDataset(true);
    }

    /**
     * Pushes the study's graphs.
     *
     * @throws RemoteLoadException naming the graphs the store has in full and those it has not, if a request fails
     */
    @Override
    public WriteReport write(PreparedStudy study) {
        DatasetGraph dsg = dataset(study);
        List<String> written = load.push(dsg, target, listener);
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String g : written) sizes.put(g, (long) dsg.getGraph(NodeFactory.createURI(g)).size());
        return new WriteReport(target.describe(), sizes);
    }
}
