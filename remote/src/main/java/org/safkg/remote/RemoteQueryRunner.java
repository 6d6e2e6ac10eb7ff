package org.safkg.remote;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryRunner;

/**
 * Runs a competency query against any SPARQL endpoint over HTTP, its parameters bound as terms in
 * the syntax tree by {@link QueryRunner#bound} (never pasted into the query text), as locally.
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
        Query query = QueryRunner.bound(q, bindings);
        QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoint).query(query);
        if (login != null) b.httpHeader("Authorization", login.header());
        try (QueryExecHTTP exec = b.build()) {
            return ResultSetFactory.copyResults(ResultSet.adapt(exec.select()));
        }
    }
}
