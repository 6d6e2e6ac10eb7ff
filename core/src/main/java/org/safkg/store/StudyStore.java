package org.safkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;
import org.safkg.ontology.OntologyFiles;
import org.safkg.vocab.Namespaces;

/**
 * The embedded Jena TDB2 store: one named graph per study, one for its excerpts, one for its load
 * provenance, and one for the ontology. Queries see the union of all graphs as the default graph.
 */
public final class StudyStore implements AutoCloseable {
    private final DatasetGraph dsg;
    private final StudyTextIndex text;

    private StudyStore(DatasetGraph dsg, StudyTextIndex text) {
        this.dsg = dsg;
        this.text = text;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if need be) the store in a folder, with its text index beside it
     * ({@link StudyTextIndex#folderFor}). Only one JVM may have it open.
     */
    public static StudyStore open(Path location) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            // "Failed to get a lock: file='.../tdb.lock': held by process N"
            if (String.valueOf(e.getMessage()).contains("lock")) throw new StoreInUseException(location, e);
            throw e;
        }
        return new StudyStore(dsg, StudyTextIndex.onDisk(StudyTextIndex.folderFor(location)));
    }

    /** A store in memory (its text index too), for tests and one-off runs. */
    public static StudyStore inMemory() {
        return new StudyStore(DatabaseMgr.createDatasetGraph(), StudyTextIndex.inMemory());
    }

    /**
     * Replaces a study's graphs and its provenance, and refreshes the ontology graph, in one
     * write transaction: if anything fails, the store stays exactly as it was.
     */
    public void replaceStudy(StudyGraphs graphs, Graph provenance) {
        StudyIris iris = graphs.iris();
        Map<String, Graph> named = new LinkedHashMap<>();
        named.put(StudyIris.ONTOLOGY_GRAPH, OntologyFiles.ontologyAndConcepts());
        named.put(iris.studyGraph(), graphs.study());
        named.put(iris.excerptsGraph(), graphs.excerpts());
        named.put(iris.provenanceGraph(), provenance);
        replaceGraphs(named);
    }

    /**
     * Replaces each named graph (graph IRI to its new content) in one write transaction: if anything
     * fails, the store stays exactly as it was. Also records SAF-KG's prefixes.
     */
    public void replaceGraphs(Map<String, Graph> graphs) {
        write((d, index) -> {
            graphs.forEach((iri, content) -> replaceGraph(d, index, iri, content));
            return null;
        });
    }

    /**
     * Runs a change in one write transaction, with a writer on the text index that the change keeps in step with the
     * graphs it changes. If the change throws (e.g. a check of what it wrote fails), the store and its index stay exactly
     * as they were. Also records SAF-KG's prefixes.
     *
     * @return what the change returns
     */
    public <T> T write(java.util.function.BiFunction<DatasetGraph, StudyTextIndex.Update, T> change) {
        // the text index is written in step: prepared inside the store's transaction, committed once the
        // store has committed, dropped if it aborts (a crash between the two leaves it stale: `safkg reindex`)
        try (StudyTextIndex.Update index = text.begin()) {
            T result = Txn.calculateWrite(dsg, () -> {
                T r = change.apply(dsg, index);
                Namespaces.all().forEach((p, ns) -> dsg.prefixes().add(p, ns));
                index.prepare();
                return r;
            });
            index.commit();
            return result;
        }
    }

    /** Rebuilds the text index from every graph of the store; returns the number of entries. */
    public int rebuildTextIndex() {
        try (StudyTextIndex.Update index = text.begin()) {
            int n = Txn.calculateRead(dsg, () -> {
                index.clear();
                return index.addAll(dsg);
            });
            index.prepare();
            index.commit();
            return n;
        }
    }

    /** The store's text index. */
    public StudyTextIndex textIndex() {
        return text;
    }

    /** Inside a {@link #write} change: one named graph's content replaced, in the store and in the text index. */
    public static void replaceGraph(DatasetGraph dsg, StudyTextIndex.Update index, String iri, Graph content) {
        Node g = NodeFactory.createURI(iri);
        dsg.removeGraph(g);
        Graph target = dsg.getGraph(g);
        content.find().forEachRemaining(target::add);
        index.replace(iri, content);
    }

    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    /** The names of the graphs in the store. */
    public List<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) out.add(it.next().getURI());
            out.sort(null);
            return out;
        });
    }

    /** The underlying dataset (transactions are the caller's). */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    @Override
    public void close() {
        text.close();
        dsg.close();
    }
}
