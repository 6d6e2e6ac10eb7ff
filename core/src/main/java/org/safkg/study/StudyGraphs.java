package org.safkg.study;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The graphs one study maps to: its study graph and its (restricted) excerpts graph. */
public record StudyGraphs(StudyIris iris, Graph study, Graph excerpts) {

    /** Both graphs as named graphs of a new in-memory dataset. */
    public DatasetGraph asDataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        addTo(dsg);
        return dsg;
    }

    public void addTo(DatasetGraph dsg) {
        dsg.addGraph(NodeFactory.createURI(iris.studyGraph()), study);
        dsg.addGraph(NodeFactory.createURI(iris.excerptsGraph()), excerpts);
    }
}
