package org.safkg.rdf4j;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.out.NodeFmtLib;
import org.eclipse.rdf4j.common.exception.ValidationException;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.safkg.ontology.OntologyFiles;

/**
 * Checks data graphs against SAF-KG's SHACL shapes with RDF4J's ShaclSail, for parity with Jena
 * SHACL. The shapes are loaded once; each validation adds the data in one transaction (the one
 * ShaclSail validates) and leaves the store empty again.
 */
public final class ShaclSailValidator implements AutoCloseable {
    private final SailRepository repo;

    /** The verdict: whether the data conforms, and the focus nodes of the violations (as N-Triples terms). */
    public record Verdict(boolean conforms, SortedSet<String> focusNodes) {}

    public ShaclSailValidator() {
        ShaclSail shacl = new ShaclSail(new MemoryStore());
        // one validation thread: the machines this runs on are small and shared, and it was faster so
        shacl.setParallelValidation(false);
        repo = new SailRepository(shacl);
        try (RepositoryConnection c = repo.getConnection()) {
            c.begin();
            c.add(statements(OntologyFiles.shapes()), RDF4J.SHACL_SHAPE_GRAPH);
            c.commit();
        }
    }

    /** Validates the data graph (e.g. {@code ShapeValidator.union(graphs)}) against the shapes. */
    public synchronized Verdict validate(Graph data) {
        try (RepositoryConnection c = repo.getConnection()) {
            c.begin();
            c.add(statements(data));
            try {
                c.commit();
            } catch (RepositoryException e) {
                if (!(e.getCause() instanceof ValidationException v)) throw e;
                c.rollback();
                return new Verdict(false, focusNodes(v.validationReportAsModel()));
            }
            c.begin();
            c.clear((org.eclipse.rdf4j.model.Resource) null);
            c.commit();
            return new Verdict(true, new TreeSet<>());
        }
    }

    @Override
    public void close() {
        repo.shutDown();
    }

    private static SortedSet<String> focusNodes(Model report) {
        SortedSet<String> out = new TreeSet<>();
        for (Value v : report.filter(null, SHACL.FOCUS_NODE, null).objects()) out.add(NodeFmtLib.strNT(TermConverter.toJena(v)));
        return out;
    }

    private static List<Statement> statements(Graph g) {
        List<Statement> out = new ArrayList<>();
        for (Iterator<org.apache.jena.graph.Triple> it = g.find(); it.hasNext(); ) out.add(TermConverter.toRdf4jStatement(it.next()));
        return out;
    }
}
