package org.safkg.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.safkg.store.RdfFileWriter;

/** A file in Turtle, TriG, N-Quads, JSON-LD or RDF/XML, written whole or not at all (a temporary file renamed into place). */
public final class RdfFileSink implements StudySink {
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
    public WriteReport write(PreparedStudy study) {
        DatasetGraph dsg = study.asDataset(withOntology);
        RdfFileWriter.write(dsg, file, format);
        Map<String, Long> sizes = new LinkedHashMap<>();
        (withOntology ? study.namedGraphsWithOntology() : study.namedGraphs()).forEach((iri, g) -> sizes.put(iri, (long) g.size()));
        return new WriteReport(file.toString(), sizes);
    }
}
