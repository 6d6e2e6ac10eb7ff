package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Who may do what, over real HTTP: anonymous users read everything but the excerpt text, through
 * every route; researchers also read the excerpts; only the admin writes; the admin API is read-only.
 */
class AccessControlTest {
    private static final String EXCERPTS = "https://w3id.org/safkg/graph/vanguard-2022/excerpts";
    private static final String STUDY = "https://w3id.org/safkg/graph/vanguard-2022";
    private static final String Q01 = "https://w3id.org/safkg/study/vanguard-2022/excerpt/Q01";
    private static final String PREFIXES = "PREFIX saf: <https://w3id.org/safkg/ontology#>\nPREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
    private static final String COUNTS = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
    private final TestServer s = TestServer.get();

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    /** Fails if the body holds any of the study's 13 excerpt texts (their first 40 characters, as any serialiser writes them). */
    private static void assertNoExcerptText(String route, String body) {
        for (String t : TestServer.excerptTexts()) {
            String probe = t.substring(0, 40);
            assertFalse(body.contains(probe), route + " leaked excerpt text: " + probe);
        }
    }

    @Test
    void anonymousGetsNoExcerptTextThroughAnyRoute() {
        assertEquals(13, TestServer.excerptTexts().size());
        List<String[]> routes = List.of(
                new String[] {"GRAPH query", "SELECT ?t { GRAPH <" + EXCERPTS + "> { ?x ?p ?t } }"},
                new String[] {"GRAPH ?g query", PREFIXES + "SELECT ?g ?t { GRAPH ?g { ?x saf:verbatimText ?t } ?x a saf:Excerpt }"},
                new String[] {"union default graph", PREFIXES + "SELECT ?t { ?x a saf:Excerpt ; saf:verbatimText ?t }"},
                new String[] {"text index", PREFIXES + "SELECT ?x ?t { (?x ?score ?t) text:query 'trust' }"},
                new String[] {"text index, field", PREFIXES + "SELECT ?x { ?x text:query (saf:verbatimText 'relationships') }"});
        for (String[] r : routes) {
            HttpResponse<String> res = s.select("safkg", r[1], null);
            assertEquals(200, res.statusCode(), r[0] + ": " + res.body());
            assertEquals(1, res.body().strip().lines().count(), r[0] + " must give no rows but gave: " + res.body());
        }
        // the whole public dataset, every way it can be read
        assertNoExcerptText("SELECT all", s.select("safkg", "SELECT * { ?s ?p ?o }", null).body());
        String describe = s.send("GET", "/safkg/query?query=" + enc("DESCRIBE <" + Q01 + ">"), null, null, null).body();
        assertTrue(describe.contains("speaker"), "DESCRIBE still gives the excerpt's public description: " + describe);
        assertNoExcerptText("DESCRIBE", describe);
        assertNoExcerptText("CONSTRUCT GRAPH ?g", s.send("GET", "/safkg/query?query=" + enc("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"), null, null, null).body());
        HttpResponse<String> gsp = s.send("GET", "/safkg/get?graph=" + enc(EXCERPTS), null, null, null);
        assertEquals(404, gsp.statusCode(), "GSP GET of the excerpts graph");
        assertNoExcerptText("GSP GET excerpts", gsp.body());
        HttpResponse<String> dft = s.send("GET", "/safkg?default", null, null, null);
        assertEquals(200, dft.statusCode());
        assertNoExcerptText("GSP GET default graph", dft.body());
        HttpResponse<String> union = s.send("GET", "/safkg?graph=" + enc("urn:x-arq:UnionGraph"), null, null, null);
        assertNoExcerptText("GSP GET union graph (" + union.statusCode() + ")", union.body());
        HttpResponse<String> study = s.send("GET", "/safkg/get?graph=" + enc(STUDY), null, null, null);
        assertEquals(200, study.statusCode());
        assertTrue(study.body().contains("LeadershipEpisode"), "GSP GET of the study graph gives the episodes");
        assertNoExcerptText("GSP GET study graph", study.body());
        assertNoExcerptText("GRAPH union graph", s.select("safkg", PREFIXES + "SELECT ?t { GRAPH <urn:x-arq:UnionGraph> { ?x saf:verbatimText ?t } }", null).body());
        assertNoExcerptText("default-graph-uri", s.send("GET", "/safkg/query?default-graph-uri=" + enc(EXCERPTS) + "&query=" + enc("SELECT * { ?s ?p ?o }"), null, null, null).body());
        assertNoExcerptText("named-graph-uri", s.send("GET", "/safkg/query?named-graph-uri=" + enc(EXCERPTS) + "&query=" + enc("SELECT * { GRAPH ?g { ?s ?p ?o } }"), null, null, null).body());
        assertNoExcerptText("SERVICE to the research endpoint", s.select("safkg",
                "SELECT * { SERVICE <" + s.url("/safkg-research/query") + "> { ?s ?p ?o } }", null).body());
        assertNoExcerptText("FROM NAMED", s.send("GET", "/safkg/query?query=" + enc("SELECT * FROM NAMED <" + EXCERPTS + "> { GRAPH ?g { ?s ?p ?o } }"), null, null, null).body());
        // but the public service does serve the excerpts' metadata (speaker, codes) from the study graph
        HttpResponse<String> meta = s.select("safkg", PREFIXES + "SELECT ?id { ?x a saf:Excerpt ; dcterms:identifier ?id } ORDER BY ?id", null);
        assertEquals(14, meta.body().strip().lines().count(), meta.body());
    }

    @Test
    void researcherReadsAllThirteenExcerpts() {
        HttpResponse<String> res = s.select("safkg-research", PREFIXES + "SELECT ?t { GRAPH <" + EXCERPTS + "> { ?x saf:verbatimText ?t } }", "researcher");
        assertEquals(200, res.statusCode(), res.body());
        assertEquals(new TreeSet<>(TestServer.excerptTexts()), csvColumn(res.body()));
        // the public service is the same for everyone: a login does not open the excerpts there (one rule, at the data)
        HttpResponse<String> pub = s.select("safkg", PREFIXES + "SELECT ?t { GRAPH <" + EXCERPTS + "> { ?x saf:verbatimText ?t } }", "researcher");
        assertEquals(200, pub.statusCode(), pub.body());
        assertEquals(Set.of(), csvColumn(pub.body()));
    }

    private static Set<String> csvColumn(String csv) {
        try (var p = org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            Set<String> out = new TreeSet<>();
            p.forEach(r -> out.add(r.get(0)));
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void researcherFindsTheExcerptsThatMentionTrust() {
        HttpResponse<String> res = s.select("safkg-research",
                PREFIXES + "SELECT ?id { ?x text:query 'trust' . ?x a saf:Excerpt ; dcterms:identifier ?id } ORDER BY ?id", "researcher");
        assertEquals(200, res.statusCode(), res.body());
        // English stemming: "trust", "trusts", "trusted", "trusting" all match (Q07 says "trusted relationship")
        List<String> expected = new java.util.ArrayList<>(List.of("id"));
        expected.addAll(TestServer.excerptIdsMatching("\\btrust(s|ed|ing)?\\b"));
        assertEquals(List.of("id", "Q01", "Q04", "Q06", "Q07"), expected, "the bundled data changed: revise this oracle");
        assertEquals(expected, res.body().strip().lines().map(String::strip).toList());
    }

    @Test
    void theResearchServiceNeedsALogin() {
        assertEquals(401, s.select("safkg-research", "SELECT * { ?s ?p ?o } LIMIT 1", null).statusCode());
        HttpResponse<String> wrong = s.send("GET", "/safkg-research/query?query=" + enc("ASK {}"), null, null, null);
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void anonymousAndResearcherWritesAreRefusedAndChangeNothing() {
        String before = s.select("safkg-research", COUNTS, "admin").body();
        String insert = "INSERT DATA { GRAPH <" + STUDY + "> { <urn:x:a> <urn:x:b> 'vandal' } }";
        String turtle = "<urn:x:a> <urn:x:b> 'vandal' .";
        record Attempt(String what, String method, String path, String type, String body, String user, Set<Integer> statuses) {}
        List<Attempt> attempts = List.of(
                new Attempt("update on /safkg", "POST", "/safkg", "application/sparql-update", insert, null, Set.of(401, 403)),
                new Attempt("update on /safkg/update", "POST", "/safkg/update", "application/sparql-update", insert, null, Set.of(401, 403)),
                new Attempt("GSP PUT on /safkg", "PUT", "/safkg?graph=" + enc(STUDY), "text/turtle", turtle, null, Set.of(401, 403)),
                new Attempt("GSP POST on /safkg", "POST", "/safkg?graph=" + enc(STUDY), "text/turtle", turtle, null, Set.of(401, 403)),
                new Attempt("GSP DELETE on /safkg", "DELETE", "/safkg?graph=" + enc(STUDY), null, null, null, Set.of(401, 403)),
                new Attempt("upload on /safkg/upload", "POST", "/safkg/upload", "text/turtle", turtle, null, Set.of(401, 403)),
                new Attempt("anonymous update", "POST", "/safkg-research/update", "application/sparql-update", insert, null, Set.of(401)),
                new Attempt("anonymous GSP PUT", "PUT", "/safkg-research/data?graph=" + enc(STUDY), "text/turtle", turtle, null, Set.of(401)),
                new Attempt("anonymous GSP POST", "POST", "/safkg-research/data?graph=" + enc(STUDY), "text/turtle", turtle, null, Set.of(401)),
                new Attempt("anonymous GSP DELETE", "DELETE", "/safkg-research/data?graph=" + enc(STUDY), null, null, null, Set.of(401)),
                new Attempt("anonymous upload", "POST", "/safkg-research/upload", "text/turtle", turtle, null, Set.of(401)),
                new Attempt("researcher update", "POST", "/safkg-research/update", "application/sparql-update", insert, "researcher", Set.of(403)),
                new Attempt("researcher GSP DELETE", "DELETE", "/safkg-research/data?graph=" + enc(STUDY), null, null, "researcher", Set.of(403)),
                new Attempt("researcher upload", "POST", "/safkg-research/upload", "text/turtle", turtle, "researcher", Set.of(403)),
                new Attempt("admin API: delete dataset", "DELETE", "/$/datasets/safkg", null, null, null, Set.of(403)),
                new Attempt("admin API: delete dataset (as researcher)", "DELETE", "/$/datasets/safkg-research", null, null, "researcher", Set.of(403)),
                new Attempt("admin API: add dataset", "POST", "/$/datasets?dbName=evil&dbType=mem", "application/x-www-form-urlencoded", "", null, Set.of(403)),
                new Attempt("admin API: take offline", "POST", "/$/datasets/safkg?state=offline", null, "", null, Set.of(403)),
                new Attempt("admin API: compact", "POST", "/$/compact/safkg", null, "", null, Set.of(403)),
                new Attempt("admin API: backup", "POST", "/$/backup/safkg", null, "", null, Set.of(403)));
        for (Attempt a : attempts) {
            int status = s.send(a.method(), a.path(), a.type(), a.body(), a.user()).statusCode();
            assertTrue(a.statuses().contains(status), a.what() + ": expected " + a.statuses() + " but got " + status);
        }
        assertEquals(before, s.select("safkg-research", COUNTS, "admin").body(), "the data changed");
        String datasets = s.send("GET", "/$/datasets", null, null, null).body();
        assertTrue(datasets.contains("\"/safkg\"") && datasets.contains("\"/safkg-research\"") && !datasets.contains("evil"), datasets);
        assertEquals(200, s.send("GET", "/$/ping", null, null, null).statusCode());
    }

    @Test
    void theAdminMayWrite() {
        String scratch = "urn:x-safkg-test:scratch";
        HttpResponse<String> ins = s.send("POST", "/safkg-research/update", "application/sparql-update",
                "INSERT DATA { GRAPH <" + scratch + "> { <urn:x:a> <urn:x:b> 'admin was here' } }", "admin");
        assertTrue(ins.statusCode() == 200 || ins.statusCode() == 204, "update as admin: " + ins.statusCode() + " " + ins.body());
        assertTrue(s.select("safkg-research", "SELECT ?o { GRAPH <" + scratch + "> { ?s ?p ?o } }", "admin").body().contains("admin was here"));
        HttpResponse<String> del = s.send("DELETE", "/safkg-research/data?graph=" + enc(scratch), null, null, "admin");
        assertTrue(del.statusCode() == 200 || del.statusCode() == 204, "GSP DELETE as admin: " + del.statusCode());
        assertEquals(1, s.select("safkg-research", "SELECT ?o { GRAPH <" + scratch + "> { ?s ?p ?o } }", "admin").body().strip().lines().count());
    }
}
