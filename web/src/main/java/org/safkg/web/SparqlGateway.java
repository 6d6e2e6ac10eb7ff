package org.safkg.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Runs the pages' queries for one visitor through this server's own SPARQL services over loopback:
 * the public service for an anonymous visitor, the researchers' service with the visitor's own login
 * otherwise. So whatever rule the services enforce at the data (which graphs, which text) decides what
 * a page shows: the web front holds no access rule of its own.
 */
public final class SparqlGateway {
    private final String publicUrl;
    private final String researchUrl;
    private final String authorization;
    private boolean researcher;

    private SparqlGateway(String publicUrl, String researchUrl, String authorization) {
        this.publicUrl = publicUrl;
        this.researchUrl = researchUrl;
        this.authorization = authorization;
        this.researcher = authorization != null;
    }

    /** The gateway for the visitor who sent this request, to the services of the server that received it. */
    public static SparqlGateway forRequest(HttpServletRequest req, WebSettings settings) {
        String host = req.getLocalAddr();
        if (host.contains(":") && !host.startsWith("[")) host = "[" + host + "]";
        String base = "http://" + host + ":" + req.getLocalPort() + req.getContextPath() + "/";
        String auth = req.getHeader("Authorization");
        boolean basic = auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6);
        return new SparqlGateway(base + settings.publicService() + "/query", base + settings.researchService() + "/query", basic ? auth : null);
    }

    /** Whether the visitor's login was accepted by the researchers' service (known after the first query). */
    public boolean researcher() {
        return researcher;
    }

    /** Checks the login now (one tiny query); false when there is none or the service refuses it. */
    public boolean checkLogin() {
        if (!researcher) return false;
        select(org.apache.jena.query.QueryFactory.create("SELECT * { } LIMIT 0"), Map.of());
        return researcher;
    }

    /** A SELECT with the given variables bound to terms (in the syntax tree, never pasted as text); rows fully read. */
    public Rows select(Query query, Map<String, Node> bindings) {
        Query q = bind(query, bindings);
        return run(url -> {
            try (QueryExecHTTP exec = builder(url, q).build()) {
                RowSet rows = exec.select();
                List<Var> vars = rows.getResultVars();
                List<Binding> all = rows.stream().toList();
                return new Rows(vars.stream().map(Var::getVarName).toList(), all);
            }
        });
    }

    /** A CONSTRUCT with the given variables bound to terms; the triples it returns. */
    public Graph construct(Query query, Map<String, Node> bindings) {
        Query q = bind(query, bindings);
        return run(url -> {
            try (QueryExecHTTP exec = builder(url, q).build()) {
                Graph g = GraphFactory.createDefaultGraph();
                exec.constructTriples().forEachRemaining(g::add);
                return g;
            }
        });
    }

    /** The URL of the service this visitor's queries go to. */
    public String serviceUrl() {
        return researcher ? researchUrl : publicUrl;
    }

    /** The visitor's Authorization header when logged in, to forward on a download. */
    public String authorization() {
        return researcher ? authorization : null;
    }

    private interface Call<T> {
        T on(String url);
    }

    private <T> T run(Call<T> call) {
        if (researcher) {
            try {
                return call.on(researchUrl);
            } catch (QueryExceptionHTTP e) {
                // a wrong or stale login: the visitor is anonymous, as on the endpoints
                if (e.getStatusCode() != 401 && e.getStatusCode() != 403) throw e;
                researcher = false;
            }
        }
        return call.on(publicUrl);
    }

    private QueryExecHTTPBuilder builder(String url, Query q) {
        QueryExecHTTPBuilder b = QueryExecHTTP.service(url).query(q);
        if (researcher && url.equals(researchUrl)) b.httpHeader("Authorization", authorization);
        return b;
    }

    private static Query bind(Query query, Map<String, Node> bindings) {
        if (bindings.isEmpty()) return query;
        Map<Var, Node> subst = new java.util.LinkedHashMap<>();
        bindings.forEach((k, v) -> subst.put(Var.alloc(k), v));
        return QueryTransformOps.transform(query, subst);
    }

    /** The rows of a SELECT, read to the end. */
    public record Rows(List<String> vars, List<Binding> bindings) {
        public Node get(Binding b, String var) {
            return b.get(Var.alloc(var));
        }
    }
}
