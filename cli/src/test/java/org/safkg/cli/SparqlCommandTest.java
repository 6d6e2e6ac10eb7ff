package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.cli.InProcessSafkg.run;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code safkg sparql}: the user's own query, from text, a file or standard input, every query form, on both engines. */
class SparqlCommandTest {
    private static final String EPISODES = "SELECT (COUNT(?e) AS ?n) { ?e a saf:LeadershipEpisode }";

    @TempDir
    static Path tmp;
    static String store;

    @BeforeAll
    static void loadTheBundledStudy() {
        store = tmp.resolve("tdb2").toString();
        assertEquals(0, run("load", "--store", store).code());
    }

    @Test
    void aSelectWithThePredeclaredPrefixesAnswersFromTextFileAndStandardInput() throws Exception {
        InProcessSafkg.Run inline = run("sparql", EPISODES, "-f", "csv", "--store", store);
        assertEquals(0, inline.code(), inline.err());
        assertEquals(List.of("n", "19"), inline.out().lines().toList());
        Path file = tmp.resolve("episodes.rq");
        Files.writeString(file, EPISODES);
        assertEquals(inline.out(), run("sparql", file.toString(), "-f", "csv", "--store", store).out());
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(EPISODES.getBytes(StandardCharsets.UTF_8)));
            assertEquals(inline.out(), run("sparql", "-", "-f", "csv", "--store", store).out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void everyResultsFormatAndTheRdf4jEngineGiveTheSameAnswer() {
        String q = "SELECT ?id { ?s a saf:Site ; dcterms:identifier ?id } ORDER BY ?id";
        assertEquals(List.of("id", "S1", "S2", "S3", "S4", "S5", "S6"), run("sparql", q, "-f", "csv", "--store", store).out().lines().toList());
        assertEquals(List.of("?id", "\"S1\"", "\"S2\"", "\"S3\"", "\"S4\"", "\"S5\"", "\"S6\""), run("sparql", q, "-f", "tsv", "--store", store).out().lines().toList());
        assertEquals(run("sparql", q, "-f", "csv", "--store", store).out(), run("sparql", q, "-f", "csv", "--engine", "rdf4j", "--store", store).out());
        assertTrue(run("sparql", q, "-f", "json", "--store", store).out().matches("(?s).*\"value\"\\s*:\\s*\"S6\".*"));
        assertTrue(run("sparql", q, "-f", "xml", "--store", store).out().contains("<literal>S6</literal>"));
        assertTrue(run("query", "who-led", "-f", "xml", "--store", store).out().startsWith("<?xml"), "query -f xml writes SPARQL XML results");
    }

    @Test
    void askConstructAndDescribe() {
        assertEquals("true\n", run("sparql", "ASK { ?e a saf:LeadershipEpisode }", "--store", store).out());
        assertEquals("false\n", run("sparql", "ASK { ?e a saf:NoSuchClass }", "--engine", "rdf4j", "--store", store).out());
        InProcessSafkg.Run construct = run("sparql", "CONSTRUCT { ?e a saf:LeadershipEpisode } WHERE { ?e a saf:LeadershipEpisode }", "--store", store);
        assertEquals(0, construct.code(), construct.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(construct.out())).lang(Lang.TURTLE).parse(g);
        assertEquals(19, g.size());
        InProcessSafkg.Run rdf4j = run("sparql", "CONSTRUCT { ?e a saf:LeadershipEpisode } WHERE { ?e a saf:LeadershipEpisode }", "-f", "nt", "--engine", "rdf4j", "--store", store);
        assertEquals(19, rdf4j.out().lines().count());
        InProcessSafkg.Run describe = run("sparql", "DESCRIBE ?s WHERE { ?s a saf:Site ; dcterms:identifier 'S3' }", "-f", "nt", "--store", store);
        assertTrue(describe.out().contains("\"Site 3\""), describe.out());
    }

    @Test
    void aSyntaxErrorShowsTheLineWithACaretAndNoTrace() {
        InProcessSafkg.Run r = run("sparql", "SELECT ?x\nWHERE { ?x a saf:Site .\n  FILTER(?x = ) }", "--store", store);
        assertEquals(2, r.code());
        assertEquals("", r.out());
        List<String> err = r.err().lines().toList();
        assertEquals("error: syntax error at line 3, column 15: unexpected ')'", err.get(0));
        assertEquals(List.of("    FILTER(?x = ) }", "                ^"), err.subList(1, 3));
        assertEquals(3, err.size());
    }

    @Test
    void aQueryOverTheTimeoutStopsWithOneLine() {
        InProcessSafkg.Run r = run("sparql", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "1", "--store", store);
        assertEquals(1, r.code(), r.out());
        assertEquals("error: the query ran for more than 1 s and was stopped; narrow it, or give --timeout SECONDS\n", r.err());
    }

    /**
     * In a JVM of its own, as users run it: without -ea, because RDF4J 5.2.0's FilterIteration fails an assert when its
     * time limit closes it from the timer thread (what users get is RDF4J's QueryInterruptedException, tested here).
     */
    @Test
    void aQueryOverTheTimeoutStopsWithOneLineOnRdf4jToo() throws Exception {
        Path own = tmp.resolve("rdf4j-timeout-tdb2");
        for (List<String> query : List.of(List.of("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "table"),
                List.of("CONSTRUCT { ?a ?b ?i } { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "nt"))) {
            Path out = tmp.resolve("rdf4j-timeout.out"), err = tmp.resolve("rdf4j-timeout.err");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-da", "-cp",
                    System.getProperty("java.class.path"), "-Dsafkg.home=" + InProcessSafkg.ROOT, SafkgCommand.class.getName(),
                    "sparql", query.get(0), "-f", query.get(1), "--engine", "rdf4j", "--timeout", "1", "--store", own.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), "stopped, not run to its end");
            String errors = java.nio.file.Files.readString(err);
            assertEquals(1, p.exitValue(), errors);
            assertEquals(List.of("error: the query ran for more than 1 s and was stopped; narrow it, or give --timeout SECONDS"),
                    errors.lines().filter(l -> l.contains("error") || l.contains("Exception")).toList(), errors);
        }
    }

    @Test
    void aParameterThatNamesNothingIsAnErrorWithTheNearestIds() {
        InProcessSafkg.Run concept = run("query", "excerpts-by-code", "--param", "code=brokring", "--store", store);
        assertEquals(2, concept.code());
        assertTrue(concept.err().startsWith("error: parameter code: there is no concept 'brokring' in the store. Nearest: brokering, "), concept.err());
        InProcessSafkg.Run site = run("query", "who-led", "--param", "siteId=S9", "--store", store);
        assertEquals(2, site.code());
        assertTrue(site.err().startsWith("error: parameter siteId: nothing in the store has the id 'S9'. Nearest: S1, S2, S3, S4, S5."), site.err());
        assertEquals(0, run("query", "codebook-usage", "--param", "schemeId=skill", "--store", store).code(), "a scheme's notation is an id");
    }

    @Test
    void aBadFileInTheQueryFolderIsReportedAndTheOthersStillRun() throws Exception {
        Path dir = tmp.resolve("my-queries");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("episodes.rq"), "# question: How many episodes are there?\nPREFIX saf: <https://w3id.org/safkg/ontology#>\n" + EPISODES.replace("saf:", "saf:"));
        Files.writeString(dir.resolve("broken.rq"), "# question: Broken\nSELECT * { ?s ?p");
        InProcessSafkg.Run list = run("query", "--queries", dir.toString(), "--store", store);
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("episodes") && !list.out().contains("broken"), list.out());
        assertTrue(list.err().startsWith("warning: skipped " + dir.resolve("broken.rq") + ": "), list.err());
        InProcessSafkg.Run good = run("query", "episodes", "--queries", dir.toString(), "-f", "csv", "--store", store);
        assertEquals(List.of("n", "19"), good.out().lines().toList());
        InProcessSafkg.Run bad = run("query", "broken", "--queries", dir.toString(), "--store", store);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("error: the query 'broken' cannot run: " + dir.resolve("broken.rq") + ": "), bad.err());
    }

    @Test
    void wrongFormatsAndTheirQueriesAreTold() {
        InProcessSafkg.Run ask = run("sparql", "ASK {}", "-f", "ttl", "--store", store);
        assertEquals(2, ask.code());
        assertEquals("error: -f ttl is for CONSTRUCT and DESCRIBE; a ASK query gives table, csv, tsv, json or xml\n", ask.err());
        InProcessSafkg.Run prefixes = run("sparql", "--prefixes");
        assertTrue(prefixes.out().lines().anyMatch(l -> l.equals("PREFIX saf:     <https://w3id.org/safkg/ontology#>")), prefixes.out());
    }
}
