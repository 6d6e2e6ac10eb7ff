package org.safkg.queries;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safkg.load.StudyLoader;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;
import org.safkg.query.QueryRunner;
import org.safkg.store.StudyStore;

/**
 * With a second study in the store (the fictional demo bundle, which reuses ids such as site F1 and concepts such
 * as brokering), every competency query keeps the bundled study's answers apart: restricted by {@code studyId} it
 * returns exactly the expectation file; unrestricted, its rows of the bundled study are exactly the expectation file,
 * in the same order, and every other row carries the other study's id.
 */
class TwoStudiesTest {
    private static final String VANGUARD = "vanguard-2022", DEMO = "fictional-icb-demo";
    private static final StudyStore store = StudyStore.inMemory();

    static {
        new StudyLoader().load(BundledStudy.ROOT.resolve("data/" + VANGUARD), store);
        new StudyLoader().load(BundledStudy.ROOT.resolve("data/" + DEMO), store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    List<DynamicTest> eachStudysRowsAreItsOwn() throws IOException {
        QueryCatalog catalog = QueryCatalog.fromFolder(CompetencyQueriesTest.QUERIES);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : CompetencyQueriesTest.queryFiles()) {
            CompetencyQuery q = catalog.find(f.getFileName().toString().replaceFirst("\\.rq$", "")).orElseThrow();
            for (ExpectedResults exp : ExpectedResults.beside(f)) {
                tests.add(DynamicTest.dynamicTest(exp.file().getFileName().toString(), () -> check(q, exp)));
            }
        }
        return tests;
    }

    private static void check(CompetencyQuery q, ExpectedResults exp) {
        boolean ordered = QueryFactory.create(q.sparql()).hasOrderBy();
        if (q.parameter("studyId").isEmpty()) {
            // a query that names its studies itself (compare-studies): a second study in the store changes nothing
            assertEquals(maybeSorted(exp.rows(), ordered), maybeSorted(rows(q, exp.params()), ordered), q.name() + " with " + exp.params());
            return;
        }
        Map<String, String> restricted = new LinkedHashMap<>(exp.params());
        restricted.put("studyId", VANGUARD);
        assertEquals(maybeSorted(exp.rows(), ordered), maybeSorted(rows(q, restricted), ordered), q.name() + " with " + restricted);

        List<List<String>> all = rows(q, exp.params());
        List<List<String>> vanguard = all.stream().filter(r -> r.get(0).equals(VANGUARD)).toList();
        assertEquals(maybeSorted(exp.rows(), ordered), maybeSorted(vanguard, ordered), q.name() + " with " + exp.params() + ", both studies loaded");
        Set<String> others = new TreeSet<>();
        all.forEach(r -> others.add(r.get(0)));
        others.remove(VANGUARD);
        assertTrue(Set.of(DEMO).containsAll(others), q.name() + ": rows of unknown studies " + others);

        Map<String, String> demoOnly = new LinkedHashMap<>(exp.params());
        demoOnly.put("studyId", DEMO);
        assertTrue(rows(q, demoOnly).stream().allMatch(r -> r.get(0).equals(DEMO)), q.name() + " restricted to the demo study");
    }

    @Test
    void theDemoStudyAnswersToo() throws IOException {
        QueryCatalog catalog = QueryCatalog.fromFolder(CompetencyQueriesTest.QUERIES);
        CompetencyQuery whoLed = catalog.find("who-led").orElseThrow();
        assertEquals(List.of(
                List.of(DEMO, "FE1", "Fictional practice lead at fictional site F1 (FICTIONAL)", "boundary spanning", "Fictional site F1 (FICTIONAL)")),
                rows(whoLed, Map.of("studyId", DEMO)).subList(0, 1));
        assertEquals(4, rows(whoLed, Map.of("studyId", DEMO)).size());
    }

    private static List<List<String>> rows(CompetencyQuery q, Map<String, String> params) {
        return ExpectedResults.asRows(QueryRunner.select(store.datasetGraph(), q, QueryRunner.bind(q, params)));
    }

    private static List<List<String>> maybeSorted(List<List<String>> rows, boolean ordered) {
        return ordered ? rows : CompetencyQueriesTest.sorted(rows);
    }
}
