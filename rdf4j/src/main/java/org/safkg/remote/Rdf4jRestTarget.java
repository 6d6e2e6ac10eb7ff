package org.safkg.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.apache.jena.graph.Graph;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.safkg.rdf4j.TermConverter;

/**
 * An RDF4J Server (or GraphDB) repository, through the RDF4J REST protocol: each graph is cleared
 * and refilled chunk by chunk in one transaction, so it is replaced whole or not at all.
 */
public final class Rdf4jRestTarget implements GraphTarget {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private final String repositoryUrl;
    private final HTTPRepository repository;

    /** A target at a repository URL, e.g. {@code http://localhost:8080/rdf4j-server/repositories/safkg}. */
    public Rdf4jRestTarget(String repositoryUrl, Optional<RemoteCredentials> credentials) {
        this.repositoryUrl = repositoryUrl;
        this.repository = new HTTPRepository(repositoryUrl);
        credentials.ifPresent(c -> repository.setUsernameAndPassword(c.user(), c.password()));
    }

    @Override
    public String describe() {
        return "RDF4J repository " + repositoryUrl;
    }

    @Override
    public void replaceGraph(String graphIri, Graph content, int chunkSize, LongConsumer sent) {
        IRI context = VF.createIRI(graphIri);
        try (RepositoryConnection c = repository.getConnection()) {
            c.begin();
            try {
                c.clear(context);
                for (Graph chunk : Chunks.of(content, chunkSize)) {
                    List<Statement> statements = new ArrayList<>((int) chunk.size());
                    chunk.find().forEachRemaining(t -> statements.add(TermConverter.toRdf4jStatement(t)));
                    c.add(statements, context);
                    sent.accept(statements.size());
                }
                c.commit();
            } catch (RuntimeException e) {
                if (c.isActive()) c.rollback();
                throw e;
            }
        }
    }

    @Override
    public void close() {
        repository.shutDown();
    }
}
