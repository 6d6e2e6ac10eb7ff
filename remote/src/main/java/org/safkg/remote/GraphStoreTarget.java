package org.safkg.remote;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * A store that speaks the SPARQL 1.1 Graph Store HTTP Protocol (Fuseki, GraphDB, Neptune, Virtuoso,
 * RDF4J): the first chunk of a graph is PUT (replacing the graph, so a reload never duplicates),
 * the others are POSTed (added to it).
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
    public void replaceGraph(String graphIri, Graph content, int chunkSize, LongConsumer sent) {
        List<Graph> chunks = Chunks.of(content, chunkSize);
        for (int i = 0; i < chunks.size(); i++) {
            GSP gsp = GSP.service(endpoint).graphName(graphIri).contentType(RDFFormat.NTRIPLES);
            credentials.ifPresent(c -> gsp.httpHeader("Authorization", c.basicAuthorization()));
            if (i == 0) gsp.PUT(chunks.get(i));
            else gsp.POST(chunks.get(i));
            sent.accept(chunks.get(i).size());
        }
    }
}
