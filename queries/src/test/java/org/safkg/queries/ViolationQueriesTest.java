package org.safkg.queries;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safkg.store.StudyStore;

/** Every ontology/violations/*-violation.rq returns nothing on the store with the bundled study loaded. */
class ViolationQueriesTest {
    static final Path ROOT = BundledStudy.ROOT;
    private static final StudyStore store = BundledStudy.store();

    @TestFactory
    List<DynamicTest> noViolationOnTheBundledStudy() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("ontology/violations"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("-violation.rq")).sorted().toList()) {
                String q = Files.readString(f);
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    ResultSetRewindable rs = Txn.calculateRead(store.datasetGraph(), () -> {
                        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                            return ResultSetFactory.copyResults(qe.execSelect());
                        }
                    });
                    assertEquals(0, rs.size(), () -> f.getFileName() + " found:\n" + ResultSetFormatter.asText(rs));
                }));
            }
        }
        assertTrue(tests.size() >= 10, "the violation queries are there");
        return tests;
    }
}
