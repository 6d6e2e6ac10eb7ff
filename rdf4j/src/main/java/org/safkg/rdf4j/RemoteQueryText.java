package org.safkg.rdf4j;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.safkg.query.CompetencyQuery;

/**
 * The text of a competency query with its parameters bound, for a remote SPARQL endpoint: the
 * terms replace the variables in Jena's syntax tree (as Jena's own remote execution does), and the
 * tree is then written out. RDF4J's SPARQLRepository is given this text rather than
 * {@code setBinding}, because it binds by regex replacement in the query string, which turns
 * {@code BOUND(?siteId)} and {@code GROUP BY ?scheme} into invalid SPARQL.
 */
public final class RemoteQueryText {
    private RemoteQueryText() {}

    /** The query with each bound parameter replaced by its term. */
    public static String of(CompetencyQuery q, Map<String, Node> bindings) {
        Query query = QueryFactory.create(q.sparql());
        if (bindings.isEmpty()) return query.serialize();
        Map<Var, Node> subst = new HashMap<>();
        bindings.forEach((k, v) -> subst.put(Var.alloc(k), v));
        return QueryTransformOps.transform(query, subst).serialize();
    }
}
