package org.safkg.rdf4j;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.common.exception.ValidationException;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.safkg.ontology.OntologyFiles;

/** Checks a data graph against SAF-KG's SHACL shapes with RDF4J's ShaclSail, for parity with Jena SHACL. */
public final class ShaclSailValidator {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    /** The verdict: whether the data conforms, and the focus nodes of the violations (as N-Triples terms). */
    public record Verdict(boolean conforms, SortedSet<String> focusNodes) {}

    /** Validates the data graph (e.g. {@code ShapeValidator.union(graphs)}) against the shapes. */
    public Verdict validate(Graph data) {
        ShaclSail shacl = new ShaclSail(new MemoryStore());
        shacl.setParallelValidation(false);
        SailRepository repo = new SailRepository(shacl);
        try (RepositoryConnection c = repo.getConnection()) {
            // shapes first, in their own transaction, so that the data transaction is the one validated
            c.begin();
            c.add(statements(OntologyFiles.shapes()), RDF4J.SHACL_SHAPE_GRAPH);
            c.commit();
            c.begin();
            c.add(statements(data));
            try {
                c.commit();
                return new Verdict(true, new TreeSet<>());
            } catch (RepositoryException e) {
                if (!(e.getCause() instanceof ValidationException v)) throw e;
                c.rollback();
                return new Verdict(false, focusNodes(v.validationReportAsModel()));
            }
        } finally {
            repo.shutDown();
        }
    }

    private static SortedSet<String> focusNodes(Model report) {
        SortedSet<String> out = new TreeSet<>();
        for (Value v : report.filter(null, SHACL.FOCUS_NODE, null).objects()) {
            out.add(org.apache.jena.riot.out.NodeFmtLib.strNT(TermConverter.toJena(v)));
        }
        return out;
    }

    private static List<Statement> statements(Graph g) {
        List<Statement> out = new ArrayList<>();
        for (Iterator<Triple> it = g.find(); it.hasNext(); ) {
            Triple t = it.next();
            out.add(VF.createStatement((Resource) TermConverter.toRdf4j(t.getSubject()), (IRI) TermConverter.toRdf4j(t.getPredicate()),
                    TermConverter.toRdf4j(t.getObject())));
        }
        return out;
    }
}
