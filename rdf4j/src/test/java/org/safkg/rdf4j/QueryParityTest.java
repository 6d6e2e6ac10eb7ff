package org.safkg.rdf4j;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.StudyLoader;
import org.safkg.query.QueryRunner;
import org.safkg.store.StudyStore;

/**
 * Every competency query, with the parameters of every expectation file, gives the same result set
 * on Jena TDB2, RDF4J MemoryStore and RDF4J NativeStore: for the bundled study alone, and with a
 * second, imported study beside it.
 */
class QueryParityTest {
    static final Path BUNDLED = QueryCases.ROOT.resolve("data/vanguard-2022");
    static final Path IMPORTED = QueryCases.ROOT.resolve("loader/src/test/resources/bundles/minimal");

    @TempDir
    static Path tmp;
    static Engines bundled;
    static Engines both;

    /** The three engines over the same quads. */
    record Engines(StudyStore jena, Rdf4jEngine memory, Rdf4jEngine nativeStore) {
        static Engines of(Path nativeFolder, Path... bundles) {
            StudyStore jena = StudyStore.inMemory();
            for (Path b : bundles) new StudyLoader().load(b, jena);
            Rdf4jEngine mem = Rdf4jEngine.memory();
            Rdf4jEngine nat = Rdf4jEngine.nativeStore(nativeFolder);
            Txn.executeRead(jena.datasetGraph(), () -> {
                mem.replaceGraphs(jena.datasetGraph());
                nat.replaceGraphs(jena.datasetGraph());
            });
            return new Engines(jena, mem, nat);
        }

        void close() {
            jena.close();
            memory.close();
            nativeStore.close();
        }
    }

    @BeforeAll
    static void load() {
        bundled = Engines.of(tmp.resolve("native-bundled"), BUNDLED);
        both = Engines.of(tmp.resolve("native-both"), BUNDLED, IMPORTED);
    }

    @AfterAll
    static void close() {
        bundled.close();
        both.close();
    }

    @Test
    void rdf4jHoldsExactlyTheQuadsOfTheJenaStore() {
        long quads = Txn.calculateRead(both.jena().datasetGraph(), () -> both.jena().datasetGraph().stream().count());
        assertTrue(quads > 1000, "the two studies map to more than 1000 quads, got " + quads);
        assertEquals(quads, both.memory().size());
        assertEquals(quads, both.nativeStore().size());
    }

    @Test
    void everyExpectationFileIsAParityCase() {
        assertTrue(QueryCases.all().size() >= 20, "found " + QueryCases.all().size());
    }

    @TestFactory
    List<DynamicTest> bundledStudySameAnswersOnEveryEngine() {
        List<DynamicTest> tests = new ArrayList<>();
        for (QueryCases c : QueryCases.all()) {
            tests.add(DynamicTest.dynamicTest(c.label(), () -> {
                ResultTable jena = assertParity(bundled, c);
                // the Jena answer is the one the expectation file pins, so parity is not parity of two empty answers
                assertEquals(c.expectedRowCount(), jena.rows().size(), "rows of " + c.label());
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> importedStudyBesideTheBundledOneSameAnswersOnEveryEngine() {
        List<DynamicTest> tests = new ArrayList<>();
        for (QueryCases c : QueryCases.all()) tests.add(DynamicTest.dynamicTest(c.label(), () -> assertParity(both, c)));
        return tests;
    }

    private static ResultTable assertParity(Engines e, QueryCases c) {
        var bound = QueryRunner.bind(c.query(), c.params());
        ResultTable jena = ResultTable.of(QueryRunner.select(e.jena().datasetGraph(), c.query(), bound));
        ResultTable mem = e.memory().select(c.query(), bound);
        ResultTable nat = e.nativeStore().select(c.query(), bound);
        assertEquals(jena.vars(), mem.vars(), "variables, MemoryStore");
        assertEquals(jena.comparable(c.ordered()), mem.comparable(c.ordered()), c.label() + ": Jena TDB2 vs RDF4J MemoryStore");
        assertEquals(jena.vars(), nat.vars(), "variables, NativeStore");
        assertEquals(jena.comparable(c.ordered()), nat.comparable(c.ordered()), c.label() + ": Jena TDB2 vs RDF4J NativeStore");
        return jena;
    }
}
