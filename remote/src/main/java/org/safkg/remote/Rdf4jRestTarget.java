package org.safkg.remote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.eclipse.rdf4j.rio.RDFFormat;

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
    public GraphUpload replace(String graphIri) {
        IRI context = VF.createIRI(graphIri);
        RepositoryConnection c = repository.getConnection();
        try {
            c.begin();
            c.clear(context);
        } catch (RuntimeException e) {
            abandon(c);
            throw e;
        }
        return new GraphUpload() {
            @Override
            public void add(Graph chunk) {
                // as N-Triples text, which RDF4J parses term for term, so this module needs no Jena-RDF4J term mapping
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                RDFDataMgr.write(text, chunk, Lang.NTRIPLES);
                try {
                    c.add(new ByteArrayInputStream(text.toByteArray()), "", RDFFormat.NTRIPLES, context);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void commit() {
                c.commit();
            }

            @Override
            public void close() {
                abandon(c);
            }
        };
    }

    /** Rolls back what was not committed and closes the connection. */
    private static void abandon(RepositoryConnection c) {
        try (c) {
            if (c.isActive()) c.rollback();
        }
    }

    @Override
    public void close() {
        repository.shutDown();
    }
}
