package org.safkg.web;

import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.safkg.query.ParameterCheck;
import org.safkg.vocab.Namespaces;

/**
 * What {@link ParameterCheck} asks of the data, asked through the visitor's own SPARQL service, so that a value is
 * known or not by what that visitor may read; values are bound as terms.
 */
final class GatewayData implements ParameterCheck.Data {
    private static final String PREFIXES = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX saf: <https://w3id.org/safkg/ontology#> ";
    private final SparqlGateway gateway;

    GatewayData(SparqlGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public boolean describes(Node node) {
        return !gateway.select(QueryFactory.create("SELECT ?p { ?node ?p ?o } LIMIT 1"), Map.of("node", node)).bindings().isEmpty();
    }

    @Override
    public boolean hasId(Node literal) {
        return !gateway.select(QueryFactory.create(PREFIXES + "SELECT ?s { { ?s dcterms:identifier ?id } UNION { ?s skos:notation ?id } } LIMIT 1"),
                Map.of("id", literal)).bindings().isEmpty();
    }

    @Override
    public TreeSet<String> studies() {
        return column(PREFIXES + "SELECT DISTINCT ?v { ?s a saf:Study ; dcterms:identifier ?v }", "");
    }

    @Override
    public TreeSet<String> concepts() {
        return column(PREFIXES + "SELECT DISTINCT ?v { ?v a skos:Concept FILTER (STRSTARTS(STR(?v), \"" + Namespaces.CONCEPT + "\")) }", Namespaces.CONCEPT);
    }

    @Override
    public TreeSet<String> identifiers() {
        return column(PREFIXES + "SELECT DISTINCT ?v { { ?s dcterms:identifier ?v } UNION { ?s skos:notation ?v } }", "");
    }

    /** The values of ?v, as text, without the prefix an IRI starts with. */
    private TreeSet<String> column(String sparql, String iriPrefix) {
        TreeSet<String> out = new TreeSet<>();
        SparqlGateway.Rows rows = gateway.select(QueryFactory.create(sparql), Map.of());
        rows.bindings().forEach(b -> {
            Node v = b.get(Var.alloc("v"));
            if (v == null) return;
            if (v.isLiteral()) out.add(v.getLiteralLexicalForm());
            else if (v.isURI() && v.getURI().startsWith(iriPrefix)) out.add(v.getURI().substring(iriPrefix.length()));
        });
        return out;
    }
}
