package org.safkg.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetRewindable;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.ParameterCheck;
import org.safkg.query.QueryRunner;
import org.safkg.rdf4j.Rdf4jEngine;
import org.safkg.remote.RemoteQueryRunner;
import org.safkg.store.StudyStore;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where a query runs: the embedded store through Jena or RDF4J, or an endpoint (--engine, --endpoint, --user, --store). */
final class QueryTarget {
    /** The engine over the embedded store. */
    enum Engine { jena, rdf4j }

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "jena",
            description = "jena (the embedded TDB2 store) or rdf4j (the same graphs in an RDF4J MemoryStore); both give the same answers. Default: ${DEFAULT-VALUE}.")
    Engine engine;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = {"Run the query against this SPARQL endpoint over HTTP instead of the embedded store, e.g.",
                    "http://localhost:3030/safkg/query."})
    String endpoint;

    @Option(names = "--user", paramLabel = "NAME", description = "With --endpoint: log in as this user of run/passwd (e.g. researcher).")
    String user;

    @Mixin
    StoreOptions store;

    /**
     * Runs a competency query here: on the endpoint, or on the embedded store (loaded with the bundled study if empty)
     * through Jena or RDF4J, the values checked against the store's data first.
     */
    ResultSetRewindable select(CompetencyQuery q, Map<String, String> params, PrintWriter err) {
        Map<String, Node> bound = QueryRunner.bind(q, params);
        if (endpoint != null) return RemoteQueryRunner.select(endpoint, q, bound, SafkgHome.login(user));
        try (StudyStore s = ReadyStore.open(store.location(), err)) {
            var unknown = ParameterCheck.unknownValue(q, bound, s.datasetGraph());
            if (unknown.isPresent()) throw new IllegalArgumentException(unknown.get());
            if (engine == Engine.jena) return QueryRunner.select(s.datasetGraph(), q, bound);
            try (Rdf4jEngine rdf4j = Rdf4jEngine.memoryCopyOf(s)) {
                return rdf4j.select(q, bound).toResultSet();
            }
        }
    }
}
