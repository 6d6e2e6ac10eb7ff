package org.safkg.queries;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.StudyLoader;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;
import org.safkg.query.QueryRunner;
import org.safkg.store.StudyStore;
import org.safkg.synthetic.SyntheticBundleGenerator;

/**
 * codebook-usage reads the counts each study's load stated (its codebook usage data cube): with three studies in the
 * store, the bundled one, the demo (which defines concepts of its own) and a synthetic one, they are exactly what
 * counting every episode and annotation of the store gives (the query as it was, kept as the oracle).
 */
class CodebookUsageTest {
    @TempDir
    Path tmp;

    @Test
    void theCountsStatedAtLoadAreTheCountsOfTheStore() throws IOException {
        Path synthetic = tmp.resolve("synthetic");
        new SyntheticBundleGenerator(7).generate(30_000, synthetic);
        try (StudyStore store = StudyStore.inMemory()) {
            new StudyLoader().load(BundledStudy.ROOT.resolve("data/vanguard-2022"), store);
            new StudyLoader().load(BundledStudy.ROOT.resolve("data/fictional-icb-demo"), store);
            new StudyLoader().load(synthetic, store);
            CompetencyQuery q = QueryCatalog.fromFolder(CompetencyQueriesTest.QUERIES).find("codebook-usage").orElseThrow();
            List<List<String>> stated = ExpectedResults.asRows(QueryRunner.select(store.datasetGraph(), q, Map.of()));
            String oracle = Files.readString(BundledStudy.ROOT.resolve("queries/src/test/resources/codebook-usage-counted.rq"));
            List<List<String>> counted = Txn.calculateRead(store.datasetGraph(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(oracle).build()) {
                    ResultSetRewindable rs = ResultSetFactory.makeRewindable(qe.execSelect());
                    return ExpectedResults.asRows(rs);
                }
            });
            assertEquals(counted, stated);
            assertEquals(List.of("fictional-icb-demo", "synthetic-s7-b33", "vanguard-2022"),
                    stated.stream().map(r -> r.get(0)).distinct().toList(), "every study has its counts");
        }
    }
}
