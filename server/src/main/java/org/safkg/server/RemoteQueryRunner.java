package org.safkg.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.safkg.query.CompetencyQuery;

/**
 * Runs a competency query against any SPARQL endpoint over HTTP. Parameters become a VALUES block
 * of RDF terms put first in the parsed query's WHERE group (never pasted into the query text), so
 * that, as with a local initial binding, FILTERs such as {@code !BOUND(?siteId)} see them.
 */
public final class RemoteQueryRunner {
    private RemoteQueryRunner() {}

    /** An optional HTTP Basic login. */
    public record Login(String user, String password) {
        public String header() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Runs a SELECT query and returns its results, fully read. */
    public static ResultSetRewindable select(String endpoint, CompetencyQuery q, Map<String, Node> bindings, Login login) {
        Query query = withValues(QueryFactory.create(q.sparql()), bindings);
        QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoint).query(query);
        if (login != null) b.httpHeader("Authorization", login.header());
        try (QueryExecHTTP exec = b.build()) {
            return ResultSetFactory.copyResults(ResultSet.adapt(exec.select()));
        }
    }

    /** The query with the bindings as a one-row VALUES block at the start of its WHERE group. */
    static Query withValues(Query query, Map<String, Node> bindings) {
        if (bindings.isEmpty()) return query;
        ElementData data = new ElementData();
        BindingBuilder row = Binding.builder();
        bindings.forEach((name, value) -> {
            Var v = Var.alloc(name);
            data.add(v);
            row.add(v, value);
        });
        data.add(row.build());
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        if (query.getQueryPattern() instanceof ElementGroup where) where.getElements().forEach(group::addElement);
        else group.addElement(query.getQueryPattern());
        query.setQueryPattern(group);
        return query;
    }
}
