package org.safkg.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.shared.PrefixMapping;
import org.safkg.vocab.Namespaces;

/**
 * The human-readable names of the IRIs a page shows: skos:prefLabel, else rdfs:label, else
 * dcterms:title, else dcterms:identifier, read from the graph the visitor may read; an IRI without
 * any is shown as its prefixed name. Language tags are dropped (English is preferred).
 */
final class Labels {
    private static final List<String> ORDER = List.of(
            "http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label",
            "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/identifier");
    private static final PrefixMapping PREFIXES = Namespaces.prefixMapping();
    private final Map<Node, String> labels = new HashMap<>();

    private Labels() {}

    /** Looks up the labels of the given IRIs with one query (the IRIs are bound as VALUES terms). */
    static Labels of(SparqlGateway gateway, Collection<Node> nodes) {
        Labels l = new Labels();
        List<Node> iris = nodes.stream().filter(Node::isURI).distinct().toList();
        if (iris.isEmpty()) return l;
        Query q = QueryFactory.create(Sparql.PREFIXES
                + "SELECT ?x ?p ?label WHERE { ?x ?p ?label . VALUES ?p { skos:prefLabel rdfs:label dcterms:title dcterms:identifier } "
                + "FILTER (lang(?label) = '' || langMatches(lang(?label), 'en')) }");
        Var x = Var.alloc("x");
        q.setValuesDataBlock(List.of(x), iris.stream().map(n -> (Binding) BindingFactory.binding(x, n)).toList());
        var rows = gateway.select(q, Map.of());
        Map<Node, Integer> rank = new HashMap<>();
        for (Binding b : rows.bindings()) {
            Node n = rows.get(b, "x");
            int r = ORDER.indexOf(rows.get(b, "p").getURI());
            String text = rows.get(b, "label").getLiteralLexicalForm();
            Integer seen = rank.get(n);
            // the best-ranked property wins; among equals, the lexically first text (the same label on every page)
            if (seen == null || r < seen || (r == seen && text.compareTo(l.labels.get(n)) < 0)) {
                rank.put(n, r);
                l.labels.put(n, text);
            }
        }
        return l;
    }

    /** The label of a node: its best label, else its prefixed name, else the IRI; a literal's lexical form. */
    String label(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isBlank()) return "(unnamed node)";
        String l = labels.get(n);
        if (l != null) return l;
        String shortForm = PREFIXES.shortForm(n.getURI());
        return shortForm;
    }

    /** A value as the pages show it: a labelled link for an IRI (to this server's page for a SAF-KG IRI), text for a literal. */
    Value value(Node n) {
        if (n.isURI()) return new Value(label(n), LinkedDataPaths.pathOf(n.getURI()).orElse(n.getURI()));
        return new Value(label(n), null);
    }

    Link link(Node n) {
        Value v = value(n);
        return new Link(v.text(), v.href());
    }
}
