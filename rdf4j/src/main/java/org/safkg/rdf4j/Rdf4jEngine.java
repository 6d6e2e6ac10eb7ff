package org.safkg.rdf4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;
import org.apache.jena.system.Txn;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryRunner;
import org.safkg.store.StudyStore;

/**
 * The competency queries on an RDF4J repository (MemoryStore or NativeStore) holding the same named
 * graphs as the Jena store. RDF4J's default dataset is the union of all contexts, as TDB2's union
 * default graph is for the Jena store, so the queries see the same data.
 */
public final class Rdf4jEngine implements AutoCloseable {
    private final Repository repository;

    private Rdf4jEngine(Repository repository) {
        this.repository = repository;
    }

    /** An engine over a fresh in-memory store. */
    public static Rdf4jEngine memory() {
        return new Rdf4jEngine(new SailRepository(new MemoryStore()));
    }

    /** An engine over a NativeStore in a folder (created if need be). */
    public static Rdf4jEngine nativeStore(Path folder) {
        return new Rdf4jEngine(new SailRepository(new NativeStore(folder.toFile(), "spoc,posc,cspo")));
    }

    /** An in-memory engine holding a copy of every graph of the Jena store. */
    public static Rdf4jEngine memoryCopyOf(StudyStore store) {
        Rdf4jEngine engine = memory();
        Txn.executeRead(store.datasetGraph(), () -> engine.replaceGraphs(store.datasetGraph()));
        return engine;
    }

    /**
     * Replaces each named graph of the dataset in the repository (other graphs are kept), in one
     * transaction. The caller holds a read transaction on the dataset if it needs one.
     */
    public void replaceGraphs(DatasetGraph dsg) {
        List<Statement> statements = TermConverter.namedGraphStatements(dsg);
        Set<Resource> contexts = new LinkedHashSet<>();
        statements.forEach(s -> contexts.add(s.getContext()));
        try (RepositoryConnection c = repository.getConnection()) {
            c.begin();
            c.clear(contexts.toArray(Resource[]::new));
            c.add(statements);
            c.commit();
        }
    }

    /** The number of statements in all graphs. */
    public long size() {
        try (RepositoryConnection c = repository.getConnection()) {
            return c.size();
        }
    }

    /** Runs a competency query with its parameters bound as terms through {@link TupleQuery#setBinding}. */
    public ResultTable select(CompetencyQuery q, Map<String, Node> bindings) {
        return select(repository, QueryRunner.withLookups(q, bindings).serialize(), bindings);
    }

    /**
     * Runs a SELECT query on any RDF4J repository, with the bindings set through
     * {@link TupleQuery#setBinding}. For a SPARQLRepository pass the text of {@link org.safkg.query.QueryRunner#bound} and no bindings
     * (its setBinding pastes values into the query string by regex).
     */
    public static ResultTable select(Repository repository, String sparql, Map<String, Node> bindings) {
        return select(repository, sparql, bindings, 0);
    }

    /**
     * As {@link #select(Repository, String, Map)}, stopped after {@code maxSeconds} (0: no limit) with RDF4J's
     * {@link org.eclipse.rdf4j.query.QueryInterruptedException}.
     */
    public static ResultTable select(Repository repository, String sparql, Map<String, Node> bindings, int maxSeconds) {
        try (RepositoryConnection c = repository.getConnection()) {
            TupleQuery query = c.prepareTupleQuery(QueryLanguage.SPARQL, sparql);
            query.setMaxExecutionTime(maxSeconds);
            bindings.forEach((name, node) -> query.setBinding(name, TermConverter.toRdf4j(node)));
            try (TupleQueryResult result = query.evaluate()) {
                List<String> vars = List.copyOf(result.getBindingNames());
                List<List<Node>> rows = new ArrayList<>();
                for (BindingSet bs : result) {
                    List<Node> row = new ArrayList<>(vars.size());
                    for (String v : vars) row.add(bs.hasBinding(v) ? TermConverter.toJena(bs.getValue(v)) : null);
                    rows.add(row);
                }
                return new ResultTable(vars, rows);
            }
        }
    }

    /** The repository, e.g. for tests that compare it with another store. */
    public Repository repository() {
        return repository;
    }

    @Override
    public void close() {
        repository.shutDown();
    }
}
