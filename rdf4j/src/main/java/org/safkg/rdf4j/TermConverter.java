package org.safkg.rdf4j;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Converts RDF terms and quads between Jena and RDF4J, term for term (no text round trip). */
public final class TermConverter {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private TermConverter() {}

    /** The RDF4J value for a Jena node (IRI, blank node or literal). */
    public static Value toRdf4j(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return VF.createBNode(n.getBlankNodeLabel());
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("no RDF4J counterpart for the node " + n);
    }

    /** The Jena node for an RDF4J value. */
    public static Node toJena(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode(b.getID());
        if (v instanceof Literal l) {
            if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
            return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
        }
        throw new IllegalArgumentException("no Jena counterpart for the value " + v);
    }

    /** The quads of a Jena dataset's named graphs as RDF4J statements (context = graph name). */
    public static List<Statement> namedGraphStatements(DatasetGraph dsg) {
        List<Statement> out = new ArrayList<>();
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            if (q.isDefaultGraph()) throw new IllegalArgumentException("SAF-KG keeps every triple in a named graph; found one in the default graph: " + q);
            out.add(VF.createStatement((Resource) toRdf4j(q.getSubject()), (IRI) toRdf4j(q.getPredicate()),
                    toRdf4j(q.getObject()), (Resource) toRdf4j(q.getGraph())));
        }
        return out;
    }

    /** A Jena triple as an RDF4J statement (no context). */
    public static Statement toRdf4jStatement(Triple t) {
        return VF.createStatement((Resource) toRdf4j(t.getSubject()), (IRI) toRdf4j(t.getPredicate()), toRdf4j(t.getObject()));
    }

    /** An RDF4J statement's triple as Jena's. */
    public static Triple toJenaTriple(Statement s) {
        return Triple.create(toJena(s.getSubject()), toJena(s.getPredicate()), toJena(s.getObject()));
    }
}
