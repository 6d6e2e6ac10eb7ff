package org.safkg.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.safkg.ontology.OntologyFiles;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;
import org.safkg.store.StudyStore;

/**
 * The embedded TDB2 store: the study's graphs and the ontology replaced in one transaction, all or nothing. A streamed
 * study's quads go straight into the transaction as they are mapped, and the checks read the graphs as written, before
 * commit: memory does not grow with the study.
 */
public final class TdbStoreSink implements StreamingStudySink {
    private final Path location;
    private final StudyStore open;
    private final boolean replace;

    private TdbStoreSink(Path location, StudyStore open, boolean replace) {
        this.location = location;
        this.open = open;
        this.replace = replace;
    }

    /** The store in a folder, opened only when a checked study is written (so a refused study leaves no trace) and closed after. */
    public static TdbStoreSink at(Path location) {
        return at(location, false);
    }

    /** As {@link #at(Path)}; {@code replace} lets a reload shrink the study (see {@link ReloadGuard}). */
    public static TdbStoreSink at(Path location, boolean replace) {
        return new TdbStoreSink(location, null, replace);
    }

    /** A store the caller has open (and closes). */
    public static TdbStoreSink into(StudyStore store) {
        return into(store, false);
    }

    /** As {@link #into(StudyStore)}; {@code replace} lets a reload shrink the study. */
    public static TdbStoreSink into(StudyStore store, boolean replace) {
        return new TdbStoreSink(null, store, replace);
    }

    @Override
    public WriteReport write(PreparedStudy study) {
        if (open != null) return write(study, open);
        try (StudyStore store = StudyStore.open(location)) {
            return write(study, store);
        }
    }

    @Override
    public WriteReport write(StreamedStudy study, StudyChecks checks) {
        if (open != null) return stream(study, checks, open);
        try (StudyStore store = StudyStore.open(location)) {
            return stream(study, checks, store);
        }
    }

    private WriteReport stream(StreamedStudy study, StudyChecks checks, StudyStore store) {
        StudyIris iris = study.iris();
        Map<String, Graph> small = new LinkedHashMap<>();
        small.put(StudyIris.ONTOLOGY_GRAPH, OntologyFiles.ontologyAndConcepts());
        small.put(iris.provenanceGraph(), study.provenance());
        return store.write((dsg, index) -> {
            ReloadGuard.Counts before = ReloadGuard.inStore(dsg, iris);
            // the study's two graphs emptied, to be filled from the stream; the ontology and provenance replaced whole
            for (String g : List.of(iris.studyGraph(), iris.excerptsGraph())) {
                dsg.removeGraph(NodeFactory.createURI(g));
                index.drop(g);
            }
            small.forEach((g, content) -> StudyStore.replaceGraph(dsg, index, g, content));
            StudyGraphs written = new StudyGraphs(iris, dsg.getGraph(NodeFactory.createURI(iris.studyGraph())),
                    dsg.getGraph(NodeFactory.createURI(iris.excerptsGraph())));
            // the quads are mapped, counted and put in the text index on a thread of their own; this one (the
            // transaction's) writes them to the store as they come, then passes them to the checks that watch the write
            // (the shapes, on the other cores while this one writes)
            ReloadGuard.Counter after = new ReloadGuard.Counter(index::add);
            StudyQuads mapped = new MappedAhead(study.quads(), toWriter -> new DistinctQuads(StudyStream.both(after, toWriter)));
            try (StudyChecks.Watching watching = checks.watch(study, written.study())) {
                mapped.emit(StudyStream.both(StudyStream.of(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        dsg.add(q);
                    }
                }), watching.stream()));
                ReloadGuard.Change change = ReloadGuard.check(study.studyId(), study.origin(), study.location(), before, after.counts(), replace);
                watching.require(study.over(written)); // throwing here aborts the transaction: the store stays as it was
                Map<String, Long> sizes = new LinkedHashMap<>();
                sizes.put(StudyIris.ONTOLOGY_GRAPH, (long) small.get(StudyIris.ONTOLOGY_GRAPH).size());
                sizes.put(iris.studyGraph(), after.quads(iris.studyGraph()));
                sizes.put(iris.excerptsGraph(), after.quads(iris.excerptsGraph()));
                sizes.put(iris.provenanceGraph(), (long) study.provenance().size());
                return new WriteReport(location != null ? location.toString() : "the store", sizes, change.words());
            }
        });
    }

    private WriteReport write(PreparedStudy study, StudyStore store) {
        Map<String, Graph> named = study.namedGraphsWithOntology();
        // only this JVM has the store open, so nothing changes it between the check and the write
        ReloadGuard.Change change = ReloadGuard.check(study, store.datasetGraph(), replace);
        store.replaceGraphs(named);
        Map<String, Long> sizes = new LinkedHashMap<>();
        named.forEach((iri, g) -> sizes.put(iri, (long) g.size()));
        return new WriteReport(location != null ? location.toString() : "the store", sizes, change.words());
    }
}
