package org.safkg.queries;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;
import org.safkg.query.QueryRunner;
import org.safkg.store.StudyStore;

/**
 * A parameter declared a lookup ({@code # lookup: PARAM ?var}) is put first in the pattern as
 * {@code VALUES ?var { term }}, so that the engine starts from the term's index entries, and the
 * answers stay exactly those of the expectation files and of the plain substituted query.
 * (RDF4J gets the same query text: QueryParityTest compares it with TDB2.)
 */
class BoundParameterTest {
    private static final StudyStore store = BundledStudy.store();

    @Test
    void theIdLookupsAreDeclared() throws IOException {
        QueryCatalog catalog = QueryCatalog.fromFolder(CompetencyQueriesTest.QUERIES);
        for (String name : List.of("evidence", "through-what", "under-which-conditions")) {
            assertEquals(Map.of("episodeId", "episode", "studyId", "study"), catalog.find(name).orElseThrow().lookups(), name);
        }
        assertEquals(Map.of("schemeId", "scheme", "studyId", "study"), catalog.find("codebook-usage").orElseThrow().lookups());
        for (CompetencyQuery q : catalog.all().values()) {
            if (q.name().equals("compare-studies")) continue; // names its two studies: firstStudyId, secondStudyId
            assertEquals("study", q.lookups().get("studyId"), q.name() + " takes a studyId looked up as ?study");
            assertEquals("study", QueryFactory.create(q.sparql()).getResultVars().get(0), q.name() + " has the study as its first column");
        }
    }

    @TestFactory
    List<DynamicTest> everyBoundLookupComesFirstAndGivesTheExpectedRows() throws IOException {
        QueryCatalog catalog = QueryCatalog.fromFolder(CompetencyQueriesTest.QUERIES);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : CompetencyQueriesTest.queryFiles()) {
            CompetencyQuery q = catalog.find(f.getFileName().toString().replaceFirst("\\.rq$", "")).orElseThrow();
            for (ExpectedResults exp : ExpectedResults.beside(f)) {
                if (exp.params().keySet().stream().noneMatch(q.lookups()::containsKey)) continue;
                tests.add(DynamicTest.dynamicTest(exp.file().getFileName().toString(), () -> check(q, exp)));
            }
        }
        assertTrue(tests.size() >= 2, "at least two expectation files bind a lookup parameter");
        return tests;
    }

    private static void check(CompetencyQuery q, ExpectedResults exp) {
        Map<String, Node> bound = QueryRunner.bind(q, exp.params());
        Query prepared = QueryRunner.withLookups(q, bound);
        ElementGroup pattern = (ElementGroup) prepared.getQueryPattern();
        String param = exp.params().keySet().stream().filter(q.lookups()::containsKey).findFirst().orElseThrow();
        ElementData first = (ElementData) pattern.getElements().get(0);
        assertEquals("?" + q.lookups().get(param), first.getVars().get(0).toString());
        assertEquals(bound.get(param), first.getRows().get(0).get(first.getVars().get(0)));

        List<List<String>> withValues = ExpectedResults.asRows(QueryRunner.select(store.datasetGraph(), q, bound));
        assertEquals(exp.rows(), withValues, q.name() + " with " + exp.params());
        assertEquals(plain(q, bound), withValues, "VALUES changes no answer of " + q.name());
    }

    /** The query as it ran before lookups: the parameter substituted, tested by the filter on every row. */
    private static List<List<String>> plain(CompetencyQuery q, Map<String, Node> bound) {
        Query query = QueryFactory.create(q.sparql());
        return Txn.calculateRead(store.datasetGraph(), () -> {
            var b = QueryExec.dataset(store.datasetGraph()).query(query);
            bound.forEach(b::substitution);
            try (QueryExec exec = b.build()) {
                ResultSetRewindable rs = ResultSetFactory.copyResults(ResultSet.adapt(exec.select()));
                return ExpectedResults.asRows(rs);
            }
        });
    }

    @Test
    void aValueThatLooksLikeSparqlStaysOneLiteral() throws IOException {
        CompetencyQuery q = QueryCatalog.fromFolder(CompetencyQueriesTest.QUERIES).find("evidence").orElseThrow();
        String attack = "E05\" } ?s ?p ?o . { \"";
        Query prepared = QueryRunner.withLookups(q, QueryRunner.bind(q, Map.of("episodeId", attack)));
        ElementData first = (ElementData) ((ElementGroup) prepared.getQueryPattern()).getElements().get(0);
        assertEquals(NodeFactory.createLiteralString(attack), first.getRows().get(0).get(first.getVars().get(0)));
        assertEquals(0, QueryRunner.select(store.datasetGraph(), q, QueryRunner.bind(q, Map.of("episodeId", attack))).size());
    }

    @Test
    void aLookupMustNameADeclaredParameterAndAUsedVariable() {
        String head = "# question: q?\n# param: episodeId (string, optional) an id\n";
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> CompetencyQuery.parse("x", head + "# lookup: siteId ?episode\nSELECT ?episode { ?e <p> ?episode }"));
        assertEquals("query x: '# lookup: siteId ?episode' names no declared parameter; declare it with '# param: siteId (...)' first",
                unknown.getMessage());
        var unused = assertThrows(IllegalArgumentException.class,
                () -> CompetencyQuery.parse("x", head + "# lookup: episodeId ?nothing\nSELECT ?episode { ?e <p> ?episode }"));
        assertEquals("query x: '# lookup: episodeId ?nothing' names a variable the query does not use", unused.getMessage());
    }
}
