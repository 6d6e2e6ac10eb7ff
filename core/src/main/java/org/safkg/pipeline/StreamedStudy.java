package org.safkg.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;

/**
 * A study read and validated by its source, whose quads are mapped only when a sink asks for them: a sink that
 * streams them (the embedded store) never holds the study in memory. The other fields are those of {@link PreparedStudy}.
 */
public record StreamedStudy(StudyIris iris, StudyQuads quads, Graph provenance, String origin, Path location, String summary,
                            List<String> warnings, boolean curated) {

    public StreamedStudy {
        warnings = List.copyOf(warnings);
    }

    public String studyId() {
        return iris.studyId();
    }

    /**
     * The study as written somewhere (e.g. the store's graphs inside its write transaction), for the checks to read; they
     * may ask for its quads again, entity by entity, rather than read a large study back.
     */
    public PreparedStudy over(StudyGraphs written) {
        return new PreparedStudy(written, provenance, origin, location, summary, warnings, curated, quads);
    }

    /** The study mapped into graphs in memory, for the sinks that need it whole (files, remote stores). */
    public PreparedStudy collect() {
        return new PreparedStudy(collect(iris, quads), provenance, origin, location, summary, warnings, curated);
    }

    /** A study's quads gathered into its two graphs in memory. */
    public static StudyGraphs collect(StudyIris iris, StudyQuads quads) {
        Graph study = GraphFactory.createGraphMem();
        Graph excerpts = GraphFactory.createGraphMem();
        Node excerptsGraph = NodeFactory.createURI(iris.excerptsGraph());
        quads.emit(StudyStream.of(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                (q.getGraph().equals(excerptsGraph) ? excerpts : study).add(q.asTriple());
            }
        }));
        return new StudyGraphs(iris, study, excerpts);
    }
}
