package org.safkg.queries;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;
import org.safkg.query.QueryRunner;
import org.safkg.store.StudyStore;

/**
 * One test per competency query and expectation file in queries/: the query runs on the bundled
 * study and must return exactly the expected rows (in order when the query orders them).
 * Adding a query means adding its .rq and its .expected.csv, nothing else.
 */
class CompetencyQueriesTest {
    static final Path ROOT = BundledStudy.ROOT;
    static final Path QUERIES = ROOT.resolve("queries");
    private static final StudyStore store = BundledStudy.store();

    static List<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted(Comparator.naturalOrder()).toList();
        }
    }

    @Test
    void thereAreAtLeastFifteenQueriesEachWithAnExpectation() throws IOException {
        List<Path> files = queryFiles();
        assertTrue(files.size() >= 15, "at least 15 competency queries, found " + files.size());
        for (Path f : files) assertFalse(ExpectedResults.beside(f).isEmpty(), "no expectation file beside " + f.getFileName());
    }

    @TestFactory
    List<DynamicTest> everyQueryGivesItsExpectedRows() throws IOException {
        QueryCatalog catalog = QueryCatalog.fromFolder(QUERIES);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of(), catalog.rejected(), "every bundled query file is a valid competency query");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : queryFiles()) {
            CompetencyQuery q = catalog.find(f.getFileName().toString().replaceFirst("\\.rq$", "")).orElseThrow();
            for (ExpectedResults exp : ExpectedResults.beside(f)) {
                tests.add(DynamicTest.dynamicTest(exp.file().getFileName().toString(), () -> check(q, exp)));
            }
        }
        return tests;
    }

    private static void check(CompetencyQuery q, ExpectedResults exp) {
        ResultSetRewindable rs = QueryRunner.select(store.datasetGraph(), q, QueryRunner.bind(q, exp.params()));
        if (Boolean.getBoolean("safkg.writeExpected")) ExpectedResults.write(exp.file(), rs);
        assertEquals(exp.header(), rs.getResultVars(), "variables of " + q.name());
        List<List<String>> actual = ExpectedResults.asRows(rs);
        List<List<String>> expected = exp.rows();
        Query parsed = QueryFactory.create(q.sparql());
        if (!parsed.hasOrderBy()) {
            actual = sorted(actual);
            expected = sorted(expected);
        }
        assertEquals(expected, actual, q.name() + " with " + exp.params());
    }

    static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(Object::toString));
        return copy;
    }
}
