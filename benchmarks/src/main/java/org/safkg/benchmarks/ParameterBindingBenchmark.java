package org.safkg.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.safkg.load.StudyLoader;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;
import org.safkg.query.QueryRunner;
import org.safkg.store.StudyStore;
import org.safkg.synthetic.SyntheticBundleGenerator;

/**
 * A competency query with its parameter bound, over a TDB2 store of a synthetic study: as SAF-KG binds it
 * ({@code # lookup:} puts {@code VALUES ?var { term }} first, so the engine starts from the term's index entries)
 * against the parameter substituted into the query's own {@code FILTER} only, which tests every row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ParameterBindingBenchmark {
    /** The store's size in triples (the synthetic bundle's, as {@code safkg generate --triples} takes it). */
    @Param("100000")
    public long triples;

    /** QUERY:PARAM=VALUE, values that the synthetic study has (its first block keeps the Vanguard study's ids). */
    @Param({"evidence:episodeId=E05", "through-what:episodeId=E03", "under-which-conditions:episodeId=E05",
            "codebook-usage:schemeId=condition"})
    public String binding;

    private Path folder;
    private StudyStore store;
    private CompetencyQuery query;
    private Map<String, Node> bound;

    @Setup(Level.Trial)
    public void load() throws IOException {
        folder = java.nio.file.Files.createTempDirectory("safkg-jmh-store-");
        Path bundle = folder.resolve("bundle");
        new SyntheticBundleGenerator(1).generate(triples, bundle);
        store = StudyStore.open(folder.resolve("tdb2"));
        new StudyLoader().load(bundle, store);
        String name = binding.substring(0, binding.indexOf(':'));
        String[] param = binding.substring(binding.indexOf(':') + 1).split("=", 2);
        query = QueryCatalog.fromClasspath().find(name).orElseThrow(() -> new IllegalArgumentException("no competency query " + name));
        bound = QueryRunner.bind(query, Map.of(param[0], param[1]));
        // a benchmark of a wrong answer measures nothing: both ways must give the same rows, and some
        List<Map<String, Node>> lookup = lookup(), filter = filter();
        if (lookup.isEmpty() || !lookup.equals(filter)) {
            throw new IllegalStateException(binding + ": the lookup gave " + lookup.size() + " rows, the filter " + filter.size()
                    + (lookup.equals(filter) ? " (none: the value is not in the synthetic study)" : ", not the same rows"));
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (store != null) store.close();
        if (folder != null) org.apache.commons.io.FileUtils.deleteDirectory(folder.toFile());
    }

    /** As SAF-KG runs it: {@link QueryRunner#select}. */
    @Benchmark
    public List<Map<String, Node>> lookup() {
        return rows(QueryRunner.select(store.datasetGraph(), query, bound));
    }

    /** The baseline: the same query and terms, the parameter substituted where the query tests it, no lookup. */
    @Benchmark
    public List<Map<String, Node>> filter() {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            QueryExecBuilder b = QueryExec.dataset(dsg).query(QueryFactory.create(query.sparql()));
            bound.forEach(b::substitution);
            try (QueryExec exec = b.build()) {
                return rows(ResultSet.adapt(exec.select()));
            }
        });
    }

    private static List<Map<String, Node>> rows(ResultSet rs) {
        List<Map<String, Node>> rows = new ArrayList<>();
        RowSet r = RowSet.adapt(rs);
        r.forEachRemaining(b -> {
            Map<String, Node> row = new LinkedHashMap<>();
            b.forEach((v, n) -> row.put(v.getVarName(), n));
            rows.add(row);
        });
        return rows;
    }
}
