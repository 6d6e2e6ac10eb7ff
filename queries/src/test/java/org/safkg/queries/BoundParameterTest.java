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
        assertEquals(Map.of("siteId", "{ ?e saf:atSite/dcterms:identifier ?siteId }"), catalog.find("who-led").orElseThrow().lookupPatterns());
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
                if (exp.params().keySet().stream().noneMatch(k -> looksUp(q, k))) continue;
                tests.add(DynamicTest.dynamicTest(exp.file().getFileName().toString(), () -> check(q, exp)));
            }
        }
        assertTrue(tests.size() >= 5, "at least five expectation files bind a lookup parameter");
        return tests;
    }

    private static boolean looksUp(CompetencyQuery q, String param) {
        return q.lookups().containsKey(param) || q.lookupPatterns().containsKey(param);
    }

    private static void check(CompetencyQuery q, ExpectedResults exp) {
        Map<String, Node> bound = QueryRunner.bind(q, exp.params());
        Query prepared = QueryRunner.withLookups(q, bound);
        ElementGroup pattern = (ElementGroup) prepared.getQueryPattern();
        String param = exp.params().keySet().stream().filter(k -> looksUp(q, k)).findFirst().orElseThrow();
        if (q.lookups().containsKey(param)) {
            ElementData first = (ElementData) pattern.getElements().get(0);
            assertEquals("?" + q.lookups().get(param), first.getVars().get(0).toString());
            assertEquals(bound.get(param), first.getRows().get(0).get(first.getVars().get(0)));
        } else {
            // the header's pattern, its parameter now the term, comes first
            Query expected = new Query();
            expected.setPrefixMapping(prepared.getPrefixMapping());
            QueryFactory.parse(expected, "SELECT * WHERE " + q.lookupPatterns().get(param).replace("?" + param,
                    org.apache.jena.sparql.util.FmtUtils.stringForNode(bound.get(param))), null, org.apache.jena.query.Syntax.syntaxSPARQL_11);
            assertEquals(((ElementGroup) expected.getQueryPattern()).getElements().get(0), pattern.getElements().get(0));
        }

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
    void aLookupPatternMustNameADeclaredParameterUseItAndParse() {
        String head = "# question: q?\n# param: siteId (string, optional) an id\nPREFIX : <http://x/>\n";
        String query = "SELECT ?e { ?e :p ?o }";
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> CompetencyQuery.parse("x", head.replace("PREFIX", "# lookup-pattern: episodeId { ?e :at ?episodeId }\nPREFIX") + query));
        assertEquals("query x: '# lookup-pattern: episodeId { ?e :at ?episodeId }' names no declared parameter; declare it with "
                + "'# param: episodeId (...)' first", unknown.getMessage());
        var unused = assertThrows(IllegalArgumentException.class,
                () -> CompetencyQuery.parse("x", head.replace("PREFIX", "# lookup-pattern: siteId { ?e :at ?site }\nPREFIX") + query));
        assertEquals("query x: '# lookup-pattern: siteId { ?e :at ?site }' does not use ?siteId, so it would narrow nothing", unused.getMessage());
        var broken = assertThrows(IllegalArgumentException.class,
                () -> CompetencyQuery.parse("x", head.replace("PREFIX", "# lookup-pattern: siteId { ?e nope:at ?siteId }\nPREFIX") + query));
        assertEquals("query x: '# lookup-pattern: siteId { ?e nope:at ?siteId }' is not a SPARQL group pattern: "
                + "Unresolved prefixed name: nope:at", broken.getMessage());
    }

    @Test
    void aLookupPatternValueThatLooksLikeSparqlStaysOneLiteral() throws IOException {
        CompetencyQuery q = QueryCatalog.fromFolder(CompetencyQueriesTest.QUERIES).find("who-led").orElseThrow();
        String attack = "S3\" } ?s ?p ?o . { \"";
        var bound = QueryRunner.bind(q, Map.of("siteId", attack));
        var first = (org.apache.jena.sparql.syntax.ElementPathBlock) ((ElementGroup) QueryRunner.withLookups(q, bound).getQueryPattern())
                .getElements().get(0);
        assertEquals(List.of(NodeFactory.createLiteralString(attack)), first.getPattern().getList().stream().map(t -> t.getObject()).toList());
        assertEquals(0, QueryRunner.select(store.datasetGraph(), q, bound).size());
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
