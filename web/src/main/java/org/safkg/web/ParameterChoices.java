package org.safkg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.safkg.query.QueryParameter;
import org.safkg.vocab.Namespaces;

/**
 * The values a question's parameter may take, drawn from the graph the visitor reads: sites,
 * episodes and schemes by their identifiers, and for a concept parameter the concepts of the scheme
 * the parameter is named after (all concepts when no scheme has that name). Other parameters are
 * typed in.
 */
final class ParameterChoices {
    /** Identifier parameters and the class whose identifiers they take. */
    private static final Map<String, String> IDENTIFIED = Map.of(
            "siteId", "saf:Site", "episodeId", "saf:LeadershipEpisode");
    private static final Query IDENTIFIERS = QueryFactory.create(Sparql.PREFIXES
            + "SELECT DISTINCT ?id (SAMPLE(?l) AS ?label) WHERE { ?x a ?class ; dcterms:identifier ?id . OPTIONAL { ?x rdfs:label ?l } } GROUP BY ?id ORDER BY ?id");
    private static final Query SCHEMES = QueryFactory.create(Sparql.PREFIXES
            + "SELECT DISTINCT ?id (SAMPLE(?l) AS ?label) WHERE { ?x a skos:ConceptScheme ; skos:notation ?id . OPTIONAL { ?x skos:prefLabel ?l } } GROUP BY ?id ORDER BY ?id");
    private static final Query CONCEPTS_OF = QueryFactory.create(Sparql.PREFIXES
            + "SELECT DISTINCT ?c (SAMPLE(?l) AS ?label) WHERE { ?s skos:notation ?scheme . ?c skos:inScheme ?s . OPTIONAL { ?c skos:prefLabel ?l } } GROUP BY ?c ORDER BY ?label");
    private static final Query ALL_CONCEPTS = QueryFactory.create(Sparql.PREFIXES
            + "SELECT DISTINCT ?c (SAMPLE(?l) AS ?label) WHERE { ?c a skos:Concept . OPTIONAL { ?c skos:prefLabel ?l } } GROUP BY ?c ORDER BY ?label");

    private ParameterChoices() {}

    /** The choices of a parameter (empty: typed in), as value and label. */
    static List<String[]> of(SparqlGateway gateway, QueryParameter p) {
        List<String[]> out = new ArrayList<>();
        if (p.type() == QueryParameter.Type.CONCEPT) {
            Node scheme = NodeFactory.createLiteralString(p.name());
            var rows = gateway.select(CONCEPTS_OF, Map.of("scheme", scheme));
            if (rows.bindings().isEmpty()) rows = gateway.select(ALL_CONCEPTS, Map.of());
            var r = rows;
            r.bindings().forEach(b -> {
                String iri = r.get(b, "c").getURI();
                if (!iri.startsWith(Namespaces.CONCEPT)) return;
                String id = iri.substring(Namespaces.CONCEPT.length());
                Node l = r.get(b, "label");
                out.add(new String[] {id, l == null ? id : l.getLiteralLexicalForm() + " (" + id + ")"});
            });
            return out;
        }
        if (p.type() != QueryParameter.Type.STRING) return out;
        SparqlGateway.Rows rows;
        if (p.name().equals("schemeId")) rows = gateway.select(SCHEMES, Map.of());
        else if (IDENTIFIED.containsKey(p.name())) rows = gateway.select(IDENTIFIERS, Map.of("class",
                NodeFactory.createURI(Namespaces.prefixMapping().expandPrefix(IDENTIFIED.get(p.name())))));
        else return out;
        var r = rows;
        r.bindings().forEach(b -> {
            String id = r.get(b, "id").getLiteralLexicalForm();
            Node l = r.get(b, "label");
            out.add(new String[] {id, l == null || l.getLiteralLexicalForm().equals(id) ? id : id + ": " + l.getLiteralLexicalForm()});
        });
        return out;
    }
}
