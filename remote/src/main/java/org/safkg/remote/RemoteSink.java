package org.safkg.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.safkg.ontology.OntologyFiles;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StreamedStudy;
import org.safkg.pipeline.StreamingStudySink;
import org.safkg.pipeline.StudyChecks;
import org.safkg.pipeline.WatchedWrite;
import org.safkg.pipeline.WriteReport;
import org.safkg.study.StudyIris;

/**
 * A remote store (Graph Store Protocol or RDF4J REST, see {@link RemoteTargets}) as a pipeline sink:
 * the ontology and the study's graphs are pushed one graph at a time, each replacing what the store held.
 * A streamed study (a bundle) is mapped into temporary files and checked before the first request, then read
 * back chunk by chunk as it is sent: memory holds one chunk, not the study.
 */
public final class RemoteSink implements StreamingStudySink {
    private final GraphTarget target;
    private final RemoteLoad load;
    private final RemoteLoad.Listener listener;

    /** A sink pushing at most {@code chunk} triples per request; the caller closes the target. */
    public RemoteSink(GraphTarget target, int chunk, RemoteLoad.Listener listener) {
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
        return push(RemoteLoad.graphs(dataset(study)));
    }

    /**
     * Maps the study into temporary files, runs the checks on it, and only then pushes it: a study the checks refuse
     * sends nothing.
     *
     * @throws org.safkg.problems.InvalidInputException if a check has a problem (the store was not touched)
     * @throws RemoteLoadException naming the graphs the store has in full and those it has not, if a request fails
     */
    @Override
    public WriteReport write(StreamedStudy study, StudyChecks checks) {
        StudyIris iris = study.iris();
        try (GraphSpool spool = GraphSpool.create()) {
            spool(StudyIris.ONTOLOGY_GRAPH, OntologyFiles.ontologyAndConcepts(), spool);
            spool(iris.provenanceGraph(), study.provenance(), spool);
            spool.declare(iris.studyGraph());
            spool.declare(iris.excerptsGraph());
            WatchedWrite.write(study, checks, spool::add);
            return push(spool.graphs());
        }
    }

    private static void spool(String graphIri, Graph content, GraphSpool spool) {
        Node name = NodeFactory.createURI(graphIri);
        spool.declare(graphIri);
        content.find().forEachRemaining(t -> spool.add(Quad.create(name, t)));
    }

    private WriteReport push(List<PushedGraph> graphs) {
        List<String> written = load.push(graphs, target, listener);
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (PushedGraph g : graphs) if (written.contains(g.name())) sizes.put(g.name(), g.size());
        return new WriteReport(target.describe(), sizes);
    }
}
