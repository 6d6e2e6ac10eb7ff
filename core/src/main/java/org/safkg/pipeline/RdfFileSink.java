package org.safkg.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.safkg.ontology.OntologyFiles;
import org.safkg.store.AtomicFile;
import org.safkg.study.StudyIris;
import org.apache.jena.sparql.core.DatasetGraph;
import org.safkg.store.RdfFileWriter;

/**
 * A file in Turtle, TriG, N-Quads, JSON-LD or RDF/XML, written whole or not at all (a temporary file renamed into place).
 * N-Quads, the bulk loaders' format, is written as the study is mapped, in bounded memory; the other formats are
 * written from the study in memory (their writers arrange the whole graph).
 */
public final class RdfFileSink implements StreamingStudySink {
    private final Path file;
    private final RDFFormat format;
    private final boolean withOntology;

    /**
     * @param withOntology whether the ontology graph goes in the file too (it does for a bundle's {@code load --out},
     *                     so that the file answers the competency queries on its own)
     */
    public RdfFileSink(Path file, RDFFormat format, boolean withOntology) {
        this.file = file;
        this.format = format;
        this.withOntology = withOntology;
    }

    @Override
    public WriteReport write(StreamedStudy study, StudyChecks checks) {
        if (!RDFLanguages.NQUADS.equals(format.getLang())) {
            PreparedStudy whole = study.collect();
            checks.require(whole);
            return write(whole);
        }
        StudyIris iris = study.iris();
        Map<String, Long> sizes = new LinkedHashMap<>();
        AtomicFile.write(file, out -> {
            StreamRDF nquads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
            nquads.start();
            if (withOntology) sizes.put(StudyIris.ONTOLOGY_GRAPH, send(StudyIris.ONTOLOGY_GRAPH, OntologyFiles.ontologyAndConcepts(), nquads));
            // throwing here leaves no file (or the earlier one)
            ReloadGuard.Counter counter = WatchedWrite.write(study, checks, nquads::quad);
            sizes.put(iris.studyGraph(), counter.quads(iris.studyGraph()));
            sizes.put(iris.excerptsGraph(), counter.quads(iris.excerptsGraph()));
            sizes.put(iris.provenanceGraph(), send(iris.provenanceGraph(), study.provenance(), nquads));
            nquads.finish();
        });
        return new WriteReport(file.toString(), sizes);
    }

    private static long send(String graphIri, Graph g, StreamRDF out) {
        Node name = NodeFactory.createURI(graphIri);
        g.find().forEachRemaining(t -> out.quad(Quad.create(name, t)));
        return g.size();
    }

    @Override
    public WriteReport write(PreparedStudy study) {
        DatasetGraph dsg = study.asDataset(withOntology);
        RdfFileWriter.write(dsg, file, format);
        Map<String, Long> sizes = new LinkedHashMap<>();
        (withOntology ? study.namedGraphsWithOntology() : study.namedGraphs()).forEach((iri, g) -> sizes.put(iri, (long) g.size()));
        return new WriteReport(file.toString(), sizes);
    }
}
