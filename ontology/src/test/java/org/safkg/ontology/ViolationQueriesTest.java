package org.safkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * (b) the term-* queries find nothing to report in the ontology and concepts; (c) every violation query
 * parses, has its header, runs without GRAPH clauses, finds nothing in the ontology, the concepts and a
 * valid study, and fires on a hand-made snippet that breaks exactly its invariant.
 */
class ViolationQueriesTest {

    static final List<String> REQUIRED = List.of("episode-without-evidence", "episode-without-leader",
            "excerpt-without-speaker", "excerpt-without-text", "term-without-label", "term-without-definition",
            "term-without-source", "concept-without-scheme", "personal-name", "respondent-without-identifier");

    private static Map<String, Query> queries;

    @BeforeAll
    static void parseAll() {
        queries = new TreeMap<>();
        for (String name : TestResources.violationNames()) queries.put(name, TestResources.violationQuery(name));
    }

    static Stream<String> names() {
        return TestResources.violationNames().stream();
    }

    @Test
    void requiredChecksArePresent() {
        for (String r : REQUIRED) assertTrue(queries.containsKey(r), "missing violations/" + r + "-violation.rq");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void parsesAsSelectWithHeaderAndNoGraphClause(String name) {
        String text = TestResources.violationText(name);
        assertTrue(text.startsWith("# problem: "), name + ": must start with '# problem: ...'");
        assertTrue(text.lines().anyMatch(l -> l.startsWith("# solution: ")), name + ": needs a '# solution: ...' line");
        Query q = queries.get(name);
        assertTrue(q.isSelectType(), name + " must be a SELECT query");
        List<String> graphOps = new ArrayList<>();
        Op op = Algebra.compile(q);
        OpWalker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpGraph g) { graphOps.add(g.toString()); }
            @Override public void visit(OpQuadPattern g) { graphOps.add(g.toString()); }
        });
        assertTrue(graphOps.isEmpty(), name + " must not use GRAPH: " + graphOps);
        assertTrue(q.getNamedGraphURIs().isEmpty() && q.getGraphURIs().isEmpty(), name + ": no FROM clauses");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void findsNothingInTheOntologyAndConcepts(String name) {
        List<String> rows = TestResources.rows(queries.get(name), TestResources.ontologyAndConcepts());
        assertTrue(rows.isEmpty(), name + " reports on the ontology and concepts:\n" + String.join("\n", rows));
    }

    @Test
    void termChecksFindNothingInTheOntologyAndConcepts() {
        // (b), spelled out: every saf: term and every concept has a label, a definition and a source
        Model m = TestResources.ontologyAndConcepts();
        for (String name : List.of("term-without-label", "term-without-definition", "term-without-source",
                "concept-without-scheme")) {
            assertEquals(List.of(), TestResources.rows(queries.get(name), m), name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void findsNothingInAValidStudy(String name) {
        List<String> rows = TestResources.rows(queries.get(name), TestResources.ontologyAndConcepts(TestResources.GOOD_DATA));
        assertTrue(rows.isEmpty(), name + " reports on data/good.ttl:\n" + String.join("\n", rows));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void firesOnItsBadSnippetAndNoOtherCheckDoes(String name) {
        String resource = "/violations/" + name + "-bad.ttl";
        assertNotNull(getClass().getResource(resource), "every violation query needs a bad-data snippet " + resource);
        String expected = TestResources.header(TestResources.text(resource), "expected-rows");
        assertNotNull(expected, resource + " needs a '# expected-rows: N' line");
        Model data = TestResources.ontologyAndConcepts(resource);
        List<String> rows = TestResources.rows(queries.get(name), data);
        assertFalse(rows.isEmpty(), name + " did not fire on " + resource);
        assertEquals(Integer.parseInt(expected), rows.size(), name + " on " + resource + ":\n" + String.join("\n", rows));
        for (Map.Entry<String, Query> other : queries.entrySet()) {
            if (other.getKey().equals(name)) continue;
            List<String> otherRows = TestResources.rows(other.getValue(), data);
            assertTrue(otherRows.isEmpty(), resource + " must break only " + name + ", but " + other.getKey()
                    + " also fires:\n" + String.join("\n", otherRows));
        }
    }
}
