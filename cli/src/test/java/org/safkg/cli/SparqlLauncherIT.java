package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./safkg sparql} through the launcher and the packaged jar (ReadmeCommandsIT's store): each query form from
 * inline text, a file and standard input, every results and graph format parsed back, both engines, a syntax error
 * and a timeout. (The same on a running server: ReadmeCommandsIT.servingFromThePackagedJarAnswersQueriesOverHttp.)
 */
class SparqlLauncherIT {
    private static final String SITES = "SELECT ?id { ?s a saf:Site ; dcterms:identifier ?id } ORDER BY ?id";
    private static final List<String> SITE_IDS = List.of("S1", "S2", "S3", "S4", "S5", "S6");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void loadTheBundledStudy() throws Exception {
        ReadmeCommandsIT.Result load = launch("./safkg load");
        assertEquals(0, load.code(), load.err());
    }

    private static ReadmeCommandsIT.Result launch(String commandLine) throws Exception {
        return ReadmeCommandsIT.launch(commandLine, tmp);
    }

    @Test
    void aSelectInEveryResultsFormatFromTextFileAndStdinOnBothEngines() throws Exception {
        Path file = tmp.resolve("sites.rq");
        Files.writeString(file, SITES);
        for (String source : List.of("\"" + SITES + "\"", file.toString(), "- < " + file)) {
            for (String engine : List.of("jena", "rdf4j")) {
                for (Lang lang : List.of(org.apache.jena.riot.resultset.ResultSetLang.RS_CSV, org.apache.jena.riot.resultset.ResultSetLang.RS_TSV,
                        org.apache.jena.riot.resultset.ResultSetLang.RS_JSON, org.apache.jena.riot.resultset.ResultSetLang.RS_XML)) {
                    String format = lang.getFileExtensions().get(0).replace("srj", "json").replace("srx", "xml");
                    ReadmeCommandsIT.Result r = launch("./safkg sparql " + source + " -f " + format + " --engine " + engine);
                    assertEquals(0, r.code(), source + " " + format + " " + engine + ": " + r.err());
                    ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)), lang);
                    List<String> ids = new java.util.ArrayList<>();
                    rs.forEachRemaining(b -> ids.add(b.get("id").asLiteral().getLexicalForm()));
                    assertEquals(SITE_IDS, ids, source + " " + format + " " + engine);
                }
            }
        }
    }

    @Test
    void askConstructAndDescribeInTheirFormats() throws Exception {
        assertEquals("true\n", launch("./safkg sparql 'ASK { ?e a saf:LeadershipEpisode }'").out());
        assertEquals("false\n", launch("./safkg sparql 'ASK { ?e a saf:NoSuchClass }' --engine rdf4j").out());
        String construct = "CONSTRUCT { ?e a saf:LeadershipEpisode } WHERE { ?e a saf:LeadershipEpisode }";
        int episodes = (int) Files.readAllLines(ReadmeCommandsIT.ROOT.resolve("data/vanguard-2022/episodes.csv")).stream().skip(1).count();
        for (String[] f : new String[][] {{"ttl", "TURTLE"}, {"nt", "N-TRIPLES"}, {"jsonld", "JSON-LD"}}) {
            ReadmeCommandsIT.Result r = launch("echo '" + construct + "' | ./safkg sparql - -f " + f[0]);
            assertEquals(0, r.code(), r.err());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.create().source(new StringReader(r.out())).lang(org.apache.jena.riot.RDFLanguages.nameToLang(f[1])).parse(g);
            assertEquals(episodes, g.size(), f[0]);
        }
        ReadmeCommandsIT.Result describe = launch("./safkg sparql \"DESCRIBE ?s WHERE { ?s a saf:Site ; dcterms:identifier 'S3' }\" -f nt --engine rdf4j");
        assertEquals(0, describe.code(), describe.err());
        assertTrue(describe.out().contains("\"Site 3\""), describe.out());
    }

    @Test
    void aSyntaxErrorAndATimeoutAreOneClearMessageEach() throws Exception {
        ReadmeCommandsIT.Result syntax = launch("./safkg sparql $'SELECT ?x\\nWHERE { ?x a saf:Site .\\n  FILTER(?x = ) }'");
        assertEquals(2, syntax.code());
        assertEquals(List.of("error: syntax error at line 3, column 15: unexpected ')'", "    FILTER(?x = ) }", "                ^"),
                syntax.err().lines().toList());
        ReadmeCommandsIT.Result slow = launch("./safkg sparql 'SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }' --timeout 1");
        assertEquals(1, slow.code(), slow.out());
        assertEquals("error: the query ran for more than 1 s and was stopped; narrow it, or give --timeout SECONDS\n", slow.err());
    }
}
