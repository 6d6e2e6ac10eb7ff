package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Files;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safkg.ontology.OntologyFiles;
import org.safkg.vocab.Namespaces;
import org.safkg.vocab.SAF;

/**
 * The web front over plain HTTP, as curl sees it: every minted IRI's path answers its own triples in
 * Turtle (exactly those the visitor may read), its page in HTML, the same graph in JSON-LD, RDF/XML
 * and N-Triples; unknown IRIs 404 with a helpful page; the answers' downloads equal the expected rows;
 * a wrong parameter is a 400 with one line.
 */
class WebFrontHttpTest {
    private static final String BASE = "https://w3id.org/safkg/";
    private static final Node VERBATIM = NodeFactory.createURI(SAF.verbatimText.getURI());
    private final TestServer s = TestServer.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Tag("slow")
    void everyMintedIriAnswersExactlyItsOwnPublicTriplesInTurtle() {
        Set<String> iris = mintedSubjects();
        assertTrue(iris.size() > 250, "the bundled study mints hundreds of IRIs: " + iris.size());
        List<String> wrong = new ArrayList<>();
        for (String iri : iris) {
            HttpResponse<String> r = get(path(iri), "text/turtle", null);
            if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle")) {
                wrong.add(iri + " -> " + r.statusCode());
                continue;
            }
            Graph got = parse(r.body(), Lang.TURTLE);
            if (!IsoMatcher.isomorphic(expected(iri, false), got)) wrong.add(iri + " -> other triples");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSameResourceInEachRdfFormatAndAsAPage() {
        String iri = BASE + "study/vanguard-2022/episode/E05";
        Graph expected = expected(iri, false);
        assertEquals(16, expected.size(), "E05's triples in the bundled study");
        for (var f : List.of(new String[] {"application/ld+json", "JSONLD"}, new String[] {"application/rdf+xml", "RDFXML"},
                new String[] {"application/n-triples", "NTRIPLES"})) {
            HttpResponse<String> r = get(path(iri), f[0], null);
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[0]), f[0]);
            assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"), "Vary: Accept");
            Lang lang = switch (f[1]) {
                case "JSONLD" -> Lang.JSONLD;
                case "RDFXML" -> Lang.RDFXML;
                default -> Lang.NTRIPLES;
            };
            assertTrue(IsoMatcher.isomorphic(expected, parse(r.body(), lang)), f[0]);
        }
        HttpResponse<String> html = get(path(iri), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", null);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1 id=\"resource-label\">" + escape(TestServer.episodeLabel("E05")) + "</h1>"), "the page names the episode");
        assertTrue(html.body().contains("<dt>Who led</dt>") && html.body().contains("href=\"/study/vanguard-2022/actor/s3-la-worker\""),
                "the pattern links the leader");
        assertEquals(406, get(path(iri), "image/png", null).statusCode(), "nothing offered for image/png");
        assertEquals(200, get(path(iri) + "?format=nt", "text/html", null).statusCode(), "?format= wins over Accept");
    }

    @Test
    void unknownIrisAre404WithAPageThatSaysWhereToLook() {
        HttpResponse<String> html = get("/study/vanguard-2022/episode/E99", "text/html", null);
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("Nothing here about /study/vanguard-2022/episode/E99"), html.body());
        assertTrue(html.body().contains("href=\"/ontology\""));
        HttpResponse<String> ttl = get("/concept/no-such-concept", "text/turtle", null);
        assertEquals(404, ttl.statusCode());
        assertEquals("No triples about https://w3id.org/safkg/concept/no-such-concept here. Start at / or /ontology.\n", ttl.body());
        assertEquals(404, get("/network/study/vanguard-2022/site/S9", "text/html", null).statusCode());
        assertEquals(404, get("/questions/no-such-question", "text/html", null).statusCode());
    }

    @Test
    void theExcerptTextReachesOnlyALoggedInResearcher() {
        String iri = BASE + "study/vanguard-2022/excerpt/Q08";
        Graph anonymous = parse(get(path(iri), "text/turtle", null).body(), Lang.TURTLE);
        assertFalse(anonymous.find(Node.ANY, VERBATIM, Node.ANY).hasNext(), "no quote for an anonymous visitor");
        assertTrue(IsoMatcher.isomorphic(expected(iri, false), anonymous));
        Graph researcher = parse(get(path(iri), "text/turtle", "researcher").body(), Lang.TURTLE);
        assertTrue(IsoMatcher.isomorphic(expected(iri, true), researcher), "the researcher gets the quote too");
        assertEquals(1, researcher.find(Node.ANY, VERBATIM, Node.ANY).toList().size());
        HttpResponse<String> wrongLogin = send("GET", path(iri), "text/turtle", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("researcher:wrong".getBytes(StandardCharsets.UTF_8)));
        assertFalse(parse(wrongLogin.body(), Lang.TURTLE).find(Node.ANY, VERBATIM, Node.ANY).hasNext(), "a wrong login reads as anonymous");
    }

    @Test
    void theOntologyDocumentAndItsPage() {
        HttpResponse<String> ttl = get("/ontology", "text/turtle", null);
        assertEquals(200, ttl.statusCode());
        Graph file = GraphFactory.createDefaultGraph();
        try (var in = OntologyFiles.open(OntologyFiles.ONTOLOGY)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/safkg/ontology").parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(IsoMatcher.isomorphic(file, parse(ttl.body(), Lang.TURTLE)), "the ontology file, as served");
        String html = get("/ontology", "text/html", null).body();
        for (String anchor : List.of("LeadershipEpisode", "leader", "evidencedBy", "scheme-skill", "shape-LeadershipEpisodeShape")) {
            assertTrue(html.contains("id=\"" + anchor + "\""), "a section for " + anchor);
        }
    }

    @Test
    void downloadsAreTheExpectedRowsAndAWrongParameterIsA400() throws IOException {
        HttpResponse<String> csv = get("/questions/site-leadership.csv?siteId=S3", "*/*", null);
        assertEquals(200, csv.statusCode());
        assertEquals(rows(Files.readString(TestServer.ROOT.resolve("queries/site-leadership.expected.siteId=S3.csv"))), rows(csv.body()));
        HttpResponse<String> compare = get("/questions/compare-studies.csv?firstStudyId=vanguard-2022&secondStudyId=vanguard-2022&schemeId=skill", "*/*", null);
        assertEquals(200, compare.statusCode(), compare.body());
        assertEquals(rows(Files.readString(TestServer.ROOT.resolve("queries/compare-studies.expected.firstStudyId=vanguard-2022,secondStudyId=vanguard-2022,schemeId=skill.csv"))),
                rows(compare.body()), "the comparison of studies is a question of the web front too");
        HttpResponse<String> tsv = get("/questions/who-led.tsv", "*/*", null);
        assertTrue(tsv.body().startsWith("?study\t?episode\t?leader\t?role\t?site\n"), tsv.body().substring(0, 60));
        HttpResponse<String> json = get("/questions/who-led.json?siteId=S3", "*/*", null);
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        String bad = refusal("/questions/skills-by-site.csv?skill=no%20such%20skill");
        assertTrue(bad.contains("parameter skill must be a concept id such as 'brokering', got 'no such skill'"), bad);
        // well-formed values that name nothing are refused with the nearest ones, as the CLI refuses them, not answered "no rows"
        assertEquals("parameter siteId: nothing in the store has the id 'S9'. Nearest: S1, S2, S3, S4, S5.", refusal("/questions/who-led.csv?siteId=S9"));
        String concept = refusal("/questions/excerpts-by-code.csv?code=brokring");
        assertTrue(concept.startsWith("parameter code: there is no concept 'brokring' in the store. Nearest: brokering, "), concept);
        assertEquals("parameter studyId: there is no study 'vanguard-2023' in the store. Studies: vanguard-2022.",
                refusal("/questions/who-led.csv?studyId=vanguard-2023"));
        String unknownPage = get("/questions/who-led?siteId=S9", "text/html", null).body();
        assertTrue(unknownPage.contains("nothing in the store has the id &#39;S9&#39;. Nearest: S1, S2, S3, S4, S5.")
                || unknownPage.contains("nothing in the store has the id 'S9'. Nearest: S1, S2, S3, S4, S5."), "the form page says it too: "
                + unknownPage.lines().filter(l -> l.contains("alert")).toList());
        String page = get("/questions/skills-by-site?skill=%3Cscript%3E", "text/html", null).body();
        assertTrue(page.contains("role=\"alert\">parameter skill must be a concept id such as &#39;brokering&#39;, got &#39;&lt;script&gt;&#39;</p>")
                || page.contains("got '&lt;script&gt;'"), "the refusal is shown, escaped");
        assertFalse(page.contains("<script>"), "user input is never written unescaped");
    }

    @Test
    void theFusekiUiMovedUnderSparqlUi() {
        HttpResponse<String> ui = get("/sparql-ui/", "text/html", null);
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Apache Jena Fuseki UI") && ui.body().contains("/assets/fuseki-ui-read-only.css"), "anonymous: write actions hidden");
        assertFalse(get("/sparql-ui/", "text/html", "researcher").body().contains("fuseki-ui-read-only.css"), "a login sees them");
        HttpResponse<String> ping = get("/sparql-ui/$/ping", "*/*", null);
        assertEquals(307, ping.statusCode());
        assertEquals("/$/ping", ping.headers().firstValue("Location").orElse(""));
        String home = get("/", "text/html", null).body();
        assertTrue(home.contains("<span class=\"n\">" + TestServer.bundleColumn("episodes.csv", "id").size() + "</span> leadership episodes"), "home counts the episodes in the graph");
    }

    @Test
    void textSearchIsForResearchersWithRankedHighlightedHits() {
        String anonymous = get("/search?q=trust", "text/html", null).body();
        assertTrue(anonymous.contains("id=\"search-login\""), "anonymous visitors are asked to log in");
        assertFalse(anonymous.contains("<mark>"), "and see no snippet");
        String page = get("/search?q=trust", "text/html", "researcher").body();
        var hit = java.util.regex.Pattern.compile("<li value=\"(\\d+)\"><p><a href=\"/study/vanguard-2022/(?:excerpt|statement)/([QP]\\d+)\">");
        var m = hit.matcher(page);
        List<String> found = new ArrayList<>();
        int rank = 0;
        while (m.find()) {
            assertEquals(++rank, Integer.parseInt(m.group(1)), "ranks 1, 2, 3, ... not scores");
            found.add(m.group(2));
        }
        assertTrue(found.containsAll(List.of("Q01", "Q04", "Q06")), "the quotes with 'trust': " + found);
        assertTrue(page.toLowerCase().contains("<mark>trust</mark>"), "the matched word is highlighted");
        assertFalse(page.contains("\u21a6"), "no raw highlight markers");
        HttpResponse<String> broken = get("/search?q=%28trust", "text/html", "researcher");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("The search could not be run"), "a broken query is explained");
    }

    @Test
    void theSiteNetworkAsDataAndAsSvgAndTable1AsAChart() throws Exception {
        Set<String> s3Episodes = new TreeSet<>();
        List<String> ids = TestServer.bundleColumn("episodes.csv", "id");
        List<String> sites = TestServer.bundleColumn("episodes.csv", "site");
        for (int i = 0; i < ids.size(); i++) if (sites.get(i).equals("S3")) s3Episodes.add(BASE + "study/vanguard-2022/episode/" + ids.get(i));
        HttpResponse<String> json = get("/network/study/vanguard-2022/site/S3?format=json", "*/*", null);
        assertEquals(200, json.statusCode());
        Set<String> episodes = new TreeSet<>();
        org.apache.jena.atlas.json.JSON.parse(json.body()).get("nodes").getAsArray().forEach(n -> {
            var data = n.getAsObject().get("data").getAsObject();
            if (data.get("kind").getAsString().value().equals("episode")) episodes.add(data.get("id").getAsString().value());
        });
        assertEquals(s3Episodes, episodes, "the Site 3 network holds exactly the Site 3 episodes");
        HttpResponse<String> svg = get("/network/study/vanguard-2022/site/S3?format=svg", "*/*", null);
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.body().getBytes(StandardCharsets.UTF_8)));
        var circles = doc.getElementsByTagName("circle");
        int episodeCircles = 0;
        for (int i = 0; i < circles.getLength(); i++) {
            if ("episode".equals(((org.w3c.dom.Element) circles.item(i)).getAttribute("class"))) episodeCircles++;
        }
        assertEquals(s3Episodes.size() + 1, episodeCircles, "one circle per episode, and one in the legend");
        String pictures = get("/network/", "text/html", null).body();
        for (List<String> row : rows(Files.readString(TestServer.ROOT.resolve("queries/respondents-by-type.expected.csv"))).subList(1, 6)) {
            assertTrue(pictures.contains("<tr><td>" + escape(row.get(1)) + "</td><td>" + row.get(2) + "</td><td>" + row.get(3) + "</td></tr>"),
                    "Table 1 row " + row);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }

    private static List<List<String>> rows(String csv) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            for (CSVRecord r : p) out.add(r.toList());
        }
        return out;
    }

    /** The SAF-KG IRIs that are subjects in the store, but the ontology's hash IRIs (served by /ontology). */
    private Set<String> mintedSubjects() {
        DatasetGraph dsg = s.store.datasetGraph();
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            Node subj = q.getSubject();
            if (subj.isURI() && subj.getURI().startsWith(BASE) && !subj.getURI().startsWith(SAF.NS) && !subj.getURI().startsWith(Namespaces.ONTOLOGY)) {
                out.add(subj.getURI());
            }
        }));
        return out;
    }

    /** A subject's triples in the graphs a visitor may read (without the excerpts graphs for anonymous). */
    private Graph expected(String iri, boolean researcher) {
        DatasetGraph dsg = s.store.datasetGraph();
        Graph g = GraphFactory.createDefaultGraph();
        Node subject = NodeFactory.createURI(iri);
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (researcher || !q.getGraph().getURI().endsWith("/excerpts")) g.add(q.asTriple());
        }));
        return g;
    }

    private static String path(String iri) {
        return "/" + iri.substring(BASE.length());
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base("http://example.invalid/").parse(g);
        return g;
    }

    /** A download the server must refuse: a 400 whose body is one line, returned without its line end. */
    private String refusal(String path) {
        HttpResponse<String> r = get(path, "*/*", null);
        assertEquals(400, r.statusCode(), path + ": " + r.body());
        assertEquals(1, r.body().strip().lines().count(), path + ": one line, got " + r.body());
        return r.body().strip();
    }

    private HttpResponse<String> get(String path, String accept, String user) {
        return send("GET", path, accept, user == null ? null : s.login(user).header());
    }

    private HttpResponse<String> send(String method, String path, String accept, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) b.header("Accept", accept);
        if (authorization != null) b.header("Authorization", authorization);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
