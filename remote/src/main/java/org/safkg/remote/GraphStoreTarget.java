package org.safkg.remote;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A store that speaks the SPARQL 1.1 Graph Store HTTP Protocol (Fuseki, GraphDB, Neptune, Virtuoso,
 * RDF4J): the first chunk of a graph is PUT (replacing the graph, so a reload never duplicates),
 * the others are POSTed (added to it). The protocol has no transaction: a push that stops part way
 * leaves the graph part-written, and the push says so (see {@link RemoteLoadException}).
 */
public final class GraphStoreTarget implements GraphTarget {
    private final String endpoint;
    private final Optional<RemoteCredentials> credentials;

    /** A target at a Graph Store Protocol endpoint, e.g. {@code http://localhost:3030/ds/data}. */
    public GraphStoreTarget(String endpoint, Optional<RemoteCredentials> credentials) {
        this.endpoint = endpoint;
        this.credentials = credentials;
    }

    @Override
    public String describe() {
        return "Graph Store Protocol endpoint " + endpoint;
    }

    @Override
    public GraphUpload replace(String graphIri) {
        return new GraphUpload() {
            private boolean first = true;

            @Override
            public void add(Graph chunk) {
                GSP gsp = GSP.service(endpoint).graphName(graphIri).contentType(RDFFormat.NTRIPLES);
                credentials.ifPresent(c -> gsp.httpHeader("Authorization", c.basicAuthorization()));
                if (first) gsp.PUT(chunk);
                else gsp.POST(chunk);
                first = false;
            }

            @Override
            public void commit() {
                if (first) add(GraphFactory.createGraphMem()); // an empty graph still replaces what the store held
            }

            @Override
            public void close() {
            }
        };
    }
}
