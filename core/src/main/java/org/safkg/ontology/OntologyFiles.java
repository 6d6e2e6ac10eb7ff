package org.safkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology, the concept schemes and the shapes, read from the ontology module's classpath resources. */
public final class OntologyFiles {
    public static final String ONTOLOGY = "saf-kg.ttl";
    public static final String CONCEPTS = "saf-kg-concepts.ttl";
    public static final String SHAPES = "saf-kg-shapes.ttl";
    private static final String BASE = "safkg/ontology/";

    private static volatile Graph ontologyAndConcepts;
    private static volatile Graph shapes;

    private OntologyFiles() {}

    /** The ontology and the concept schemes in one graph (read once, then shared; do not modify). */
    public static Graph ontologyAndConcepts() {
        if (ontologyAndConcepts == null) {
            synchronized (OntologyFiles.class) {
                if (ontologyAndConcepts == null) {
                    Graph g = GraphFactory.createDefaultGraph();
                    parseInto(ONTOLOGY, g);
                    parseInto(CONCEPTS, g);
                    ontologyAndConcepts = g;
                }
            }
        }
        return ontologyAndConcepts;
    }

    /** The SHACL shapes for study data. */
    public static Graph shapes() {
        if (shapes == null) {
            synchronized (OntologyFiles.class) {
                if (shapes == null) {
                    Graph g = GraphFactory.createDefaultGraph();
                    parseInto(SHAPES, g);
                    shapes = g;
                }
            }
        }
        return shapes;
    }

    /** Reads one of the files as text, e.g. to list the violation queries. */
    public static InputStream open(String relativePath) {
        InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(BASE + relativePath);
        if (in == null) throw new IllegalStateException("missing classpath resource " + BASE + relativePath
                + ": is the safkg-ontology jar on the classpath?");
        return in;
    }

    private static void parseInto(String name, Graph g) {
        try (InputStream in = open(name)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/safkg/ontology").parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
