package org.safkg.rdf4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudySink;
import org.safkg.pipeline.WriteReport;

/** An RDF4J repository (memory, native, or any other) as a pipeline sink: the ontology and the study's graphs replaced in one transaction. */
public final class Rdf4jRepositorySink implements StudySink {
    private final Repository repository;
    private final String name;

    /** @param name what the repository is, for messages */
    public Rdf4jRepositorySink(Repository repository, String name) {
        this.repository = repository;
        this.name = name;
    }

    @Override
    public WriteReport write(PreparedStudy study) {
        Map<String, Graph> named = study.namedGraphsWithOntology();
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (RepositoryConnection c = repository.getConnection()) {
            c.begin();
            try {
                for (Map.Entry<String, Graph> e : named.entrySet()) {
                    IRI context = SimpleValueFactory.getInstance().createIRI(e.getKey());
                    c.clear(context);
                    List<Statement> statements = new ArrayList<>((int) e.getValue().size());
                    e.getValue().find().forEachRemaining(t -> statements.add(TermConverter.toRdf4jStatement(t)));
                    c.add(statements, context);
                    sizes.put(e.getKey(), (long) statements.size());
                }
                c.commit();
            } catch (RuntimeException ex) {
                // nothing of this study is kept: the repository stays as it was
                if (c.isActive()) c.rollback();
                throw ex;
            }
        }
        return new WriteReport(name, sizes);
    }
}
