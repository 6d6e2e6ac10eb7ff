package org.safkg.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.safkg.ontology.OntologyFiles;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;

/**
 * A study read from a source and mapped to graphs, not yet checked or written: its study and
 * excerpts graphs, the provenance of this load, warnings, and what it came from.
 *
 * <p>Sinks should read the study through {@link #namedGraphs()} or {@link #emit(StreamRDF)} rather
 * than assume one in-memory graph, so that a source may later hand over its quads as a stream.
 *
 * @param graphs     the study graph and its (restricted) excerpts graph
 * @param provenance the PROV-O record of this load
 * @param origin     what the study came from, as messages name it, e.g. {@code study bundle data/x}
 * @param location   the file or folder read, where problems found by the checks are located
 * @param summary    what the source read, in words, e.g. {@code 12 episodes, 40 excerpts}
 * @param warnings   things worth telling the user that do not stop the load
 * @param curated    whether the source promises what the shapes ask (a CSV bundle does; a QDA project's codes
 *                   may lack the definitions the researcher has not written, which are not ours to invent)
 * @param entities   the study's quads again, entity by entity, for checks that should not read a large study back from
 *                   where it was written (null when the graphs are in memory); when it is set, the study graph may hold
 *                   no more than the rdf:type triples of the study's nodes (a file sink keeps no more), so checks read
 *                   the study from it
 */
public record PreparedStudy(StudyGraphs graphs, Graph provenance, String origin, Path location, String summary, List<String> warnings,
                            boolean curated, StudyQuads entities) {

    public PreparedStudy {
        warnings = List.copyOf(warnings);
    }

    /** A study whose graphs are in memory. */
    public PreparedStudy(StudyGraphs graphs, Graph provenance, String origin, Path location, String summary, List<String> warnings,
                         boolean curated) {
        this(graphs, provenance, origin, location, summary, warnings, curated, null);
    }

    public String studyId() {
        return graphs.iris().studyId();
    }

    /** The study's own named graphs in the order sinks write them: study, excerpts, provenance. */
    public Map<String, Graph> namedGraphs() {
        StudyIris iris = graphs.iris();
        Map<String, Graph> named = new LinkedHashMap<>();
        named.put(iris.studyGraph(), graphs.study());
        named.put(iris.excerptsGraph(), graphs.excerpts());
        named.put(iris.provenanceGraph(), provenance);
        return named;
    }

    /** The named graphs with the ontology graph first: what a store needs to answer the competency queries. */
    public Map<String, Graph> namedGraphsWithOntology() {
        Map<String, Graph> named = new LinkedHashMap<>();
        named.put(StudyIris.ONTOLOGY_GRAPH, OntologyFiles.ontologyAndConcepts());
        named.putAll(namedGraphs());
        return named;
    }

    /** Sends every quad of the study's named graphs to the stream, graph by graph (start and finish are the caller's). */
    public void emit(StreamRDF out) {
        // graph by graph, not entity by entity: see StudyQuads for a source's entities
        namedGraphs().forEach((iri, g) -> {
            Node name = NodeFactory.createURI(iri);
            g.find().forEachRemaining(t -> out.quad(Quad.create(name, t)));
        });
    }

    /**
     * The study's graphs (and the ontology, if asked) as one dataset, e.g. to write to a file. The graphs are linked,
     * not copied: a copy into a transactional in-memory dataset took 5.1 GB for a million triples ({@code bench --scale}).
     */
    public DatasetGraph asDataset(boolean withOntology) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        (withOntology ? namedGraphsWithOntology() : namedGraphs()).forEach((iri, g) -> dsg.addGraph(NodeFactory.createURI(iri), g));
        return dsg;
    }
}
