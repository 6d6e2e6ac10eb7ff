package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.sun.net.httpserver.HttpServer;

import org.safkg.study.QuoteRuns;

/**
 * The attack suite of issue 12, against a real server of its own: every probe is refused or answered as the promise
 * says, with the right status, and after every probe no response has held six consecutive words of an excerpt and the
 * store's quads are what they were. Login throttling runs last: it locks out the loopback address for a minute.
 */
class AttackSuiteTest {
    static final String SAF = "https://w3id.org/safkg/ontology#";
    static final String EXCERPTS = "https://w3id.org/safkg/graph/vanguard-2022/excerpts";
    static final String STUDY = "https://w3id.org/safkg/graph/vanguard-2022";
    static final String Q01 = "https://w3id.org/safkg/study/vanguard-2022/excerpt/Q01";
    static final String P = "PREFIX saf: <" + SAF + ">\nPREFIX text: <http://jena.apache.org/text#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    static TestServer s;
    static String digest;
    static QuoteRuns excerptRuns;
    static HttpServer listener;
    static final AtomicInteger listenerHits = new AtomicInteger();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One request and what must come back. */
    record Probe(String name, String method, String path, Map<String, String> headers, byte[] body, Set<Integer> statuses, Consumer<String> check) {}

    @BeforeAll
    static void start() throws IOException {
        s = TestServer.fresh();
        digest = digest();
        excerptRuns = new QuoteRuns();
        for (String t : TestServer.excerptTexts()) excerptRuns.add("excerpt", t);
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", ex -> {
            listenerHits.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        listener.start();
    }

    @AfterAll
    static void stop() {
        listener.stop(0);
        s.server.close();
        s.store.close();
    }

    @Test
    void theSuiteFiresAtLeast150DistinctProbes() {
        List<Probe> all = probes();
        assertTrue(all.size() >= 150, all.size() + " probes");
        assertEquals(all.size(), all.stream().map(Probe::name).distinct().count(), "probe names are unique");
    }

    @Test
    void everyPageAndRefusalCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/queries/", "/ontology", "/sparql-ui/", "/$/stats", "/safkg/../x")) {
            HttpResponse<String> r = send(new Probe(path, "GET", path, Map.of(), null, Set.of(), null));
            assertEquals("frame-ancestors 'none'; object-src 'none'; base-uri 'self'", r.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @TestFactory
    List<DynamicTest> everyProbeIsRefusedOrEmptyAndNothingLeaksOrChanges() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Probe p : probes()) {
            tests.add(DynamicTest.dynamicTest(p.name(), () -> {
                HttpResponse<String> r = send(p);
                assertTrue(p.statuses().contains(r.statusCode()), p.name() + ": status " + r.statusCode() + ", body " + cut(r.body()));
                assertEquals(Set.of(), leaked(r.body()), p.name() + ": excerpt words in the response");
                if (r.statusCode() >= 400) {
                    assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), p.name() + ": a stack trace: " + cut(r.body()));
                    assertTrue(r.body().strip().lines().count() <= 1, p.name() + ": a refusal of more than one line: " + cut(r.body()));
                }
                if (p.check() != null) p.check().accept(r.body());
                assertEquals(0, listenerHits.get(), p.name() + ": the server made an outbound request");
                assertEquals(digest, digest(), p.name() + ": the store changed");
            }));
        }
        return tests;
    }

    // --- the probes ---------------------------------------------------------------------------------------------

    static List<Probe> probes() {
        List<Probe> out = new ArrayList<>();
        Map<String, String> reads = new LinkedHashMap<>();
        String text = "<" + SAF + "verbatimText>";
        reads.put("bgp", "SELECT ?t { ?x saf:verbatimText ?t }");
        reads.put("path-plus", "SELECT ?x ?t { ?x saf:verbatimText+ ?t }");
        reads.put("path-star", "SELECT ?t { ?x saf:verbatimText* ?t }");
        reads.put("path-optional", "SELECT ?t { ?x saf:verbatimText? ?t }");
        reads.put("path-alt", "SELECT ?t { ?x (saf:verbatimText|saf:verbatimText) ?t }");
        reads.put("path-alt-label", "SELECT ?t { ?x (saf:verbatimText|rdfs:label) ?t }");
        reads.put("path-seq", "SELECT ?t { ?x (rdf:type/^rdf:type/saf:verbatimText) ?t }");
        reads.put("path-inverse", "SELECT ?t { ?t ^saf:verbatimText ?x }");
        reads.put("path-inverse-plus", "SELECT ?t { ?t (^saf:verbatimText)+ ?x }");
        reads.put("path-negated", "SELECT ?t { ?x !(rdf:type) ?t }");
        reads.put("path-negated-inverse", "SELECT ?t { ?x !(^rdf:type|rdf:type) ?t }");
        reads.put("path-any-plus", "SELECT ?t { <" + Q01 + "> (!<urn:x>)+ ?t }");
        reads.put("path-full-iri", "SELECT ?t { ?x " + text + "+ ?t }");
        reads.put("path-nested", "SELECT ?t { ?x ((saf:verbatimText)?)+ ?t }");
        reads.put("graph-var", "SELECT ?g ?t { GRAPH ?g { ?x ?p ?t } }");
        reads.put("graph-excerpts", "SELECT ?t { GRAPH <" + EXCERPTS + "> { ?x ?p ?t } }");
        reads.put("graph-excerpts-path", "SELECT ?t { GRAPH <" + EXCERPTS + "> { ?x saf:verbatimText+ ?t } }");
        reads.put("graph-union", "SELECT ?t { GRAPH <urn:x-arq:UnionGraph> { ?x saf:verbatimText ?t } }");
        reads.put("graph-default", "SELECT ?t { GRAPH <urn:x-arq:DefaultGraph> { ?x saf:verbatimText ?t } }");
        reads.put("from-excerpts", "SELECT ?t FROM <" + EXCERPTS + "> { ?x ?p ?t }");
        reads.put("from-named-excerpts", "SELECT ?t FROM NAMED <" + EXCERPTS + "> { GRAPH ?g { ?x ?p ?t } }");
        reads.put("from-union", "SELECT ?t FROM <urn:x-arq:UnionGraph> { ?x saf:verbatimText ?t }");
        reads.put("from-default", "SELECT ?t FROM <urn:x-arq:DefaultGraph> { ?x ?p ?t }");
        reads.put("subquery", "SELECT * { { SELECT ?t { ?x saf:verbatimText ?t } } }");
        reads.put("subquery-graph", "SELECT * { { SELECT ?t { GRAPH ?g { ?x ?p ?t } } } }");
        reads.put("union", "SELECT ?t { { ?x saf:verbatimText ?t } UNION { GRAPH ?g { ?x saf:verbatimText ?t } } }");
        reads.put("optional", "SELECT ?x ?t { ?x a saf:Excerpt OPTIONAL { ?x saf:verbatimText ?t } }");
        reads.put("exists", "SELECT ?x { ?x a saf:Excerpt FILTER EXISTS { ?x saf:verbatimText ?t } }");
        reads.put("group-concat", "SELECT (GROUP_CONCAT(?t; separator=' | ') AS ?all) { ?x ?p ?t FILTER(isLiteral(?t)) }");
        reads.put("values", "SELECT ?t { VALUES ?p { saf:verbatimText } ?x ?p ?t }");
        reads.put("bind-iri", "SELECT ?t { BIND(IRI('" + SAF + "verbatimText') AS ?p) ?x ?p ?t }");
        reads.put("regex-oracle", "SELECT ?x { ?x saf:verbatimText ?t FILTER regex(?t, 'trust') }");
        reads.put("strlen-oracle", "SELECT (MAX(STRLEN(?t)) AS ?n) { ?x saf:verbatimText ?t }");
        reads.put("text-query", "SELECT ?x ?t { ?x text:query 'trust' . OPTIONAL { ?x saf:verbatimText ?t } }");
        reads.put("text-query-field", "SELECT ?x { ?x text:query (saf:verbatimText 'trust') }");
        reads.put("text-query-graph", "SELECT ?x { GRAPH ?g { ?x text:query 'trust' } }");
        reads.put("construct-all", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
        reads.put("construct-graphs", "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
        reads.put("construct-path", "CONSTRUCT { ?x saf:said ?t } WHERE { ?x saf:verbatimText+ ?t }");
        reads.put("describe-excerpt", "DESCRIBE <" + Q01 + ">");
        reads.put("describe-all-excerpts", "DESCRIBE ?x WHERE { ?x a saf:Excerpt }");
        reads.put("describe-graph", "DESCRIBE ?x FROM <" + EXCERPTS + "> WHERE { ?x ?p ?o }");
        reads.put("json-function", "SELECT (CONCAT('x', ?t) AS ?y) { ?x saf:verbatimText ?t }");
        reads.put("lateral", "SELECT ?x ?t { ?x a saf:Excerpt LATERAL { ?x saf:verbatimText ?t } }");
        String[] routes = {"/safkg/query", "/safkg/sparql", "/safkg"};
        for (var e : reads.entrySet()) {
            String q = P + e.getValue();
            boolean construct = e.getValue().startsWith("CONSTRUCT") || e.getValue().startsWith("DESCRIBE");
            String accept = construct ? "text/turtle" : "application/sparql-results+json";
            for (String route : routes) {
                out.add(new Probe("post " + route + " " + e.getKey(), "POST", route, Map.of("Content-Type", "application/sparql-query", "Accept", accept),
                        bytes(q), Set.of(200), null));
            }
            out.add(new Probe("get " + e.getKey(), "GET", "/safkg/query?query=" + enc(q), Map.of("Accept", accept), null, Set.of(200), null));
            out.add(new Probe("form " + e.getKey(), "POST", "/safkg/query", Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", accept),
                    bytes("query=" + enc(q)), Set.of(200), null));
        }
        // ASK oracles answer false: the text cannot be probed a word at a time
        for (String w : List.of("trust", "advantage", "Vanguard", "I")) {
            out.add(new Probe("ask oracle " + w, "POST", "/safkg/query", Map.of("Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json"),
                    bytes(P + "ASK { ?x a saf:Excerpt ; saf:verbatimText ?t FILTER CONTAINS(?t, '" + w + "') }"), Set.of(200),
                    body -> assertTrue(body.matches("(?s).*\"boolean\"\\s*:\\s*false.*"), body)));
        }
        // protocol dataset parameters
        for (String param : List.of("default-graph-uri", "named-graph-uri")) {
            out.add(new Probe("protocol " + param, "GET", "/safkg/query?" + param + "=" + enc(EXCERPTS) + "&query=" + enc("SELECT * { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"),
                    Map.of("Accept", "application/sparql-results+json"), null, Set.of(200), null));
        }
        // GSP reads of any graph name
        for (String g : List.of(EXCERPTS, "urn:x-arq:UnionGraph", "urn:x-arq:DefaultGraph", EXCERPTS.toUpperCase(Locale.ROOT), EXCERPTS + "/", "https://w3id.org/safkg/graph/unknown")) {
            out.add(new Probe("gsp get " + g, "GET", "/safkg/get?graph=" + enc(g), Map.of("Accept", "text/turtle"), null, Set.of(200, 404), null));
            out.add(new Probe("gsp dataset-url " + g, "GET", "/safkg?graph=" + enc(g), Map.of("Accept", "text/turtle"), null, Set.of(200, 404), null));
        }
        out.add(new Probe("gsp default", "GET", "/safkg/get?default", Map.of("Accept", "application/n-triples"), null, Set.of(200), null));
        out.add(new Probe("gsp whole dataset", "GET", "/safkg/get", Map.of("Accept", "application/n-quads"), null, Set.of(200), null));
        // SERVICE: no request leaves the server
        String local = "http://127.0.0.1:" + listener.getAddress().getPort() + "/anything";
        // (Fuseki answers a denied query 422; SILENT may turn the refusal into no rows)
        for (String q : List.of("SELECT * { SERVICE <" + local + "> { ?s ?p ?o } }", "SELECT * { BIND(<" + local + "> AS ?u) SERVICE ?u { ?s ?p ?o } }",
                "SELECT * { SERVICE <http://127.0.0.1:" + s.server.port() + "/safkg-research/query> { ?x saf:verbatimText ?t } }",
                "SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }")) {
            out.add(new Probe("service " + out.size(), "POST", "/safkg/query", Map.of("Content-Type", "application/sparql-query"), bytes(P + q), Set.of(422),
                    body -> assertTrue(body.startsWith("SERVICE execution disabled") || body.contains("is not in this server's allow-list"), body)));
        }
        // on the research service, SERVICE only to the configuration's allow-list (empty in fuseki-config/safkg.ttl)
        for (String user : List.of("researcher", "admin")) {
            out.add(new Probe("research service as " + user, "POST", "/safkg-research/query",
                    Map.of("Content-Type", "application/sparql-query", "Authorization", s.login(user).header()),
                    bytes("SELECT * { SERVICE <" + local + "> { ?s ?p ?o } }"), Set.of(422),
                    body -> assertTrue(body.contains("is not in this server's allow-list"), body)));
        }
        out.add(new Probe("service silent", "POST", "/safkg/query", Map.of("Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json"),
                bytes(P + "SELECT * { SERVICE SILENT <" + local + "> { ?s ?p ?o } }"), Set.of(200, 422), body -> assertFalse(body.contains("\"s\" :"), body)));
        // writes on the public service: refused for everyone, never 200
        for (String[] w : new String[][] {{"POST", "/safkg/update", "application/sparql-update", "DROP ALL"},
                {"POST", "/safkg", "application/sparql-update", "DROP ALL"},
                {"POST", "/safkg/update", "application/x-www-form-urlencoded", "update=" + enc("DROP ALL")},
                {"POST", "/safkg", "application/x-www-form-urlencoded", "update=" + enc("CLEAR DEFAULT")},
                {"PUT", "/safkg?graph=" + enc(STUDY), "text/turtle", "<urn:a> <urn:b> <urn:c> ."},
                {"POST", "/safkg/get?graph=" + enc(STUDY), "text/turtle", "<urn:a> <urn:b> <urn:c> ."},
                {"DELETE", "/safkg?graph=" + enc(STUDY), null, null},
                {"POST", "/safkg/data", "text/turtle", "<urn:a> <urn:b> <urn:c> ."},
                {"POST", "/safkg/upload", "text/turtle", "<urn:a> <urn:b> <urn:c> ."},
                {"PATCH", "/safkg", "application/rdf-patch", "A <urn:a> <urn:b> <urn:c> ."}}) {
            for (String user : new String[] {null, "researcher", "admin"}) {
                Map<String, String> h = new LinkedHashMap<>();
                if (w[2] != null) h.put("Content-Type", w[2]);
                if (user != null) h.put("Authorization", s.login(user).header());
                out.add(new Probe("public write " + w[0] + " " + w[1] + " " + w[2] + " as " + user, w[0], w[1], h, w[3] == null ? null : bytes(w[3]),
                        Set.of(403, 405), null));
            }
        }
        // writes on the research service without the admin login
        out.add(new Probe("research update anonymous", "POST", "/safkg-research/update", Map.of("Content-Type", "application/sparql-update"), bytes("DROP ALL"), Set.of(401), null));
        out.add(new Probe("research update researcher", "POST", "/safkg-research/update",
                Map.of("Content-Type", "application/sparql-update", "Authorization", s.login("researcher").header()), bytes("DROP ALL"), Set.of(403), null));
        out.add(new Probe("research gsp put researcher", "PUT", "/safkg-research/data?graph=" + enc(STUDY),
                Map.of("Content-Type", "text/turtle", "Authorization", s.login("researcher").header()), bytes("<urn:a> <urn:b> <urn:c> ."), Set.of(403), null));
        // the admin API: off; path tricks refused before routing
        for (String[] a : new String[][] {{"GET", "/$/stats"}, {"GET", "/$/stats/safkg-research"}, {"GET", "/$/tasks"}, {"GET", "/$/backups-list"},
                {"GET", "/$/metrics"}, {"GET", "/$/logs"}, {"POST", "/$/datasets?dbName=x&dbType=mem"}, {"DELETE", "/$/datasets/safkg"},
                {"DELETE", "/$/datasets/safkg-research"}, {"POST", "/$/backup/safkg-research"}, {"POST", "/$/compact/safkg-research"},
                {"POST", "/$/reload"}, {"POST", "/$/sleep"}, {"POST", "/$/datasets/safkg?state=offline"}}) {
            for (String user : new String[] {null, "researcher", "admin"}) {
                Map<String, String> h = user == null ? Map.of() : Map.of("Authorization", s.login(user).header());
                out.add(new Probe("admin " + a[0] + " " + a[1] + " as " + user, a[0], a[1], h, a[0].equals("GET") ? null : new byte[0], Set.of(403), null));
            }
        }
        for (String path : List.of("/$/validate/../datasets?dbName=x&dbType=mem", "/$/validate/%2e%2e/datasets?dbName=x&dbType=mem",
                "/$/validate/%2E%2E/datasets?dbName=x&dbType=mem", "/$/validate/.%2e/datasets?dbName=x&dbType=mem", "/$/./datasets?dbName=x&dbType=mem",
                "//$/datasets?dbName=x&dbType=mem", "/$//datasets?dbName=x&dbType=mem", "/$/datasets;x=y?dbName=x&dbType=mem",
                "/$/validate/..%2fdatasets?dbName=x&dbType=mem", "/$%2fdatasets?dbName=x&dbType=mem", "/safkg/../$/datasets?dbName=x&dbType=mem",
                "/$/validate/%5c..%5cdatasets?dbName=x&dbType=mem", "/$/validate/..%5cdatasets?dbName=x&dbType=mem",
                "/safkg/%2e%2e/safkg-research/query", "/safkg/..;/safkg-research/query", "/safkg;/query", "/%2e/safkg/query")) {
            out.add(new Probe("path trick POST " + path, "POST", path, Map.of(), new byte[0], Set.of(400), null));
        }
        for (String path : List.of("/$/validate/../backups-list", "/$/validate/../stats", "/safkg/../$/stats", "/$/ping/../tasks")) {
            out.add(new Probe("path trick GET " + path, "GET", path, Map.of(), null, Set.of(400), null));
        }
        // what the UI needs of the admin API still answers
        for (String path : List.of("/$/ping", "/$/server", "/$/datasets")) {
            out.add(new Probe("ui read " + path, "GET", path, Map.of(), null, Set.of(200), null));
        }
        // CSRF: a write with a login from a foreign page is refused; the same write from a program passes
        for (String user : List.of("researcher", "admin")) {
            String auth = s.login(user).header();
            for (String origin : List.of("http://attacker.example", "null", "http://127.0.0.1.attacker.example", "https://localhost")) {
                out.add(new Probe("csrf " + user + " origin " + origin, "POST", "/safkg-research/update",
                        Map.of("Content-Type", "application/sparql-update", "Origin", origin, "Authorization", auth), bytes("DELETE DATA { <urn:a> <urn:b> <urn:c> }"),
                        Set.of(403), null));
            }
            out.add(new Probe("csrf " + user + " form without origin", "POST", "/safkg-research/update",
                    Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", auth), bytes("update=" + enc("DELETE DATA { <urn:a> <urn:b> <urn:c> }")),
                    Set.of(403), null));
            out.add(new Probe("csrf " + user + " text/plain without origin", "POST", "/safkg-research/data?graph=" + enc(STUDY),
                    Map.of("Content-Type", "text/plain", "Authorization", auth), bytes("<urn:a> <urn:b> <urn:c> ."), Set.of(403), null));
        }
        // LOAD of a local file: refused even for the admin
        for (String src : List.of("file:///etc/passwd", "file:" + s.dir.resolve("tdb2") + "/../passwd", "passwd", "FILE:///etc/hosts")) {
            out.add(new Probe("admin load " + src, "POST", "/safkg-research/update",
                    Map.of("Content-Type", "application/sparql-update", "Authorization", s.login("admin").header()),
                    bytes("LOAD <" + src + "> INTO GRAPH <urn:x-stolen>"), Set.of(403),
                    body -> assertTrue(body.contains("LOAD reads only http(s) sources"), body)));
        }
        out.add(new Probe("admin load form", "POST", "/safkg-research/update",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", s.login("admin").header(), "Origin", "http://127.0.0.1:" + s.server.port()),
                bytes("update=" + enc("LOAD <file:///etc/passwd>")), Set.of(403), null));
        out.add(new Probe("admin no-op update from a program", "POST", "/safkg-research/update",
                Map.of("Content-Type", "application/sparql-update", "Authorization", s.login("admin").header()), bytes("DELETE DATA { <urn:a> <urn:b> <urn:c> }"),
                Set.of(200, 204), null));
        // oversized requests: refused before they are read
        byte[] big = bytes(P + "SELECT * { ?s ?p \"" + "x".repeat(300 * 1024) + "\" }");
        byte[] huge = bytes(P + "SELECT * { ?s ?p \"" + "x".repeat(5 * 1024 * 1024) + "\" }");
        out.add(new Probe("oversized query 300 KB", "POST", "/safkg/query", Map.of("Content-Type", "application/sparql-query"), big, Set.of(413), null));
        out.add(new Probe("oversized query 5 MB", "POST", "/safkg/query", Map.of("Content-Type", "application/sparql-query"), huge, Set.of(413), null));
        out.add(new Probe("oversized form 300 KB", "POST", "/safkg/query", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                bytes("query=" + enc(new String(big, StandardCharsets.UTF_8))), Set.of(413), null));
        out.add(new Probe("oversized research query", "POST", "/safkg-research/query",
                Map.of("Content-Type", "application/sparql-query", "Authorization", s.login("researcher").header()), big, Set.of(413), null));
        out.add(new Probe("oversized query string", "GET", "/safkg/query?query=" + enc(new String(big, StandardCharsets.UTF_8)), Map.of(), null, Set.of(414, 431), null));
        // malformed requests
        out.add(new Probe("syntax error", "POST", "/safkg/query", Map.of("Content-Type", "application/sparql-query"), bytes("SELECT * { ?s ?p"), Set.of(400), null));
        out.add(new Probe("empty query", "POST", "/safkg/query", Map.of("Content-Type", "application/sparql-query"), new byte[0], Set.of(400), null));
        out.add(new Probe("update sent as query", "POST", "/safkg/query", Map.of("Content-Type", "application/sparql-query"), bytes("DROP ALL"), Set.of(400), null));
        // logins: throttled after repeated failures (last: the loopback address stays throttled for a minute)
        for (int i = 1; i <= 30; i++) {
            out.add(new Probe("bad login " + i, "POST", "/safkg-research/query",
                    Map.of("Content-Type", "application/sparql-query", "Authorization", basic("admin", "wrong-" + i)), bytes("ASK {}"),
                    i <= RequestGate.FAILURES_PER_USER ? Set.of(401) : Set.of(429), null));
        }
        out.add(new Probe("right login while throttled", "POST", "/safkg-research/query",
                Map.of("Content-Type", "application/sparql-query", "Authorization", s.login("admin").header()), bytes("ASK {}"), Set.of(429), null));
        return out;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static HttpResponse<String> send(Probe p) throws Exception {
        // the raw path goes out as written: java.net.URI keeps ".." and "%2e" unless asked to normalise
        HttpRequest.Builder b = HttpRequest.newBuilder(new URI(s.base() + p.path())).timeout(Duration.ofSeconds(60))
                .method(p.method(), p.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(p.body()));
        p.headers().forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a refused body may close the connection before the client has sent all of it: ask again without it
            if (p.body() != null && p.body().length > 1024 * 1024) {
                HttpRequest.Builder head = HttpRequest.newBuilder(new URI(s.base() + p.path())).timeout(Duration.ofSeconds(60))
                        .method(p.method(), HttpRequest.BodyPublishers.ofByteArray(p.body()));
                p.headers().forEach(head::header);
                return HttpClient.newHttpClient().send(head.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            throw e;
        }
    }

    /** The six-word runs of excerpt text the body holds (none is allowed). */
    static Set<String> leaked(String body) {
        return excerptRuns.allIn(body.replace("\\\"", "\"").replace("\\n", " ").replace("\\u2019", "'"));
    }

    static String digest() {
        DatasetGraph dsg = s.store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            dsg.find().forEachRemaining(copy::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, copy, RDFFormat.NQUADS_UTF8);
            TreeSet<String> lines = new TreeSet<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
