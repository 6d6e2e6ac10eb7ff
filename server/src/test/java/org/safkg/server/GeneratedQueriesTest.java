package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.safkg.ontology.OntologyFiles;
import org.safkg.study.QuoteRuns;

/**
 * 1,000 random queries over the ontology's terms (random property paths, GRAPH and FROM, sub-queries, DESCRIBE and
 * CONSTRUCT) on the public endpoint, with a fixed seed: none returns six consecutive words of any excerpt.
 */
class GeneratedQueriesTest {
    private static final long SEED = 20221108L;

    @Test
    void noRandomQueryReturnsExcerptText() throws Exception {
        TestServer s = TestServer.get();
        QuoteRuns runs = new QuoteRuns();
        for (String t : TestServer.excerptTexts()) runs.add("excerpt", t);
        List<String> properties = new ArrayList<>();
        var ontology = OntologyFiles.ontologyAndConcepts();
        for (Node type : List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode())) {
            ontology.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                if (t.getSubject().isURI()) properties.add("<" + t.getSubject().getURI() + ">");
            });
        }
        properties.addAll(List.of("<http://www.w3.org/2000/01/rdf-schema#label>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
                "<http://www.w3.org/2004/02/skos/core#prefLabel>", "<http://www.w3.org/ns/prov#value>"));
        assertTrue(properties.size() > 40, properties.size() + " properties");
        List<String> graphs = List.of("https://w3id.org/safkg/graph/vanguard-2022/excerpts", "https://w3id.org/safkg/graph/vanguard-2022",
                "urn:x-arq:UnionGraph", "urn:x-arq:DefaultGraph", "https://w3id.org/safkg/graph/ontology", "https://w3id.org/safkg/graph/vanguard-2022/provenance");
        SplittableRandom r = new SplittableRandom(SEED);
        HttpClient http = HttpClient.newHttpClient();
        TreeMap<Integer, Integer> statuses = new TreeMap<>();
        int rows = 0;
        for (int i = 0; i < 1000; i++) {
            String q = query(r, properties, graphs);
            QueryFactory.create(q); // every generated query is valid SPARQL
            HttpRequest req = HttpRequest.newBuilder(URI.create(s.url("/safkg/query"))).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/sparql-query").header("Accept", q.startsWith("SELECT") ? "text/tab-separated-values" : "application/n-triples")
                    .POST(HttpRequest.BodyPublishers.ofString(q, StandardCharsets.UTF_8)).build();
            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            statuses.merge(res.statusCode(), 1, Integer::sum);
            rows += (int) res.body().lines().count();
            Set<String> leaked = runs.allIn(res.body().replace("\\n", " ").replace("\\\"", "\""));
            assertEquals(Set.of(), leaked, "query " + i + " leaked excerpt words:\n" + q);
        }
        // the queries were answered, not refused: the test reads real results
        assertEquals(Set.of(200), statuses.keySet(), statuses.toString());
        assertTrue(rows > 5000, rows + " result lines in all");
    }

    private static String query(SplittableRandom r, List<String> props, List<String> graphs) {
        String path = path(r, props, 0);
        String pattern = "?x " + path + " ?t";
        if (r.nextInt(4) == 0) pattern = "GRAPH " + (r.nextBoolean() ? "?g" : "<" + graphs.get(r.nextInt(graphs.size())) + ">") + " { " + pattern + " }";
        if (r.nextInt(5) == 0) pattern = "{ SELECT ?x ?t { " + pattern + " } LIMIT 500 }";
        if (r.nextInt(6) == 0) pattern = pattern + " OPTIONAL { ?x " + path(r, props, 0) + " ?u }";
        String from = r.nextInt(6) == 0 ? " FROM <" + graphs.get(r.nextInt(graphs.size())) + ">" : "";
        return switch (r.nextInt(8)) {
            case 0 -> "CONSTRUCT { ?x <urn:p> ?t }" + from + " WHERE { " + pattern + " } LIMIT 500";
            case 1 -> "DESCRIBE ?x" + from + " WHERE { " + pattern + " } LIMIT 5";
            default -> "SELECT ?x ?t" + from + " WHERE { " + pattern + " } LIMIT 500";
        };
    }

    private static String path(SplittableRandom r, List<String> props, int depth) {
        String p = props.get(r.nextInt(props.size()));
        if (depth > 2) return p;
        return switch (r.nextInt(9)) {
            case 0 -> "(" + path(r, props, depth + 1) + ")+";
            case 1 -> "(" + path(r, props, depth + 1) + ")*";
            case 2 -> "(" + path(r, props, depth + 1) + ")?";
            case 3 -> "(" + path(r, props, depth + 1) + "|" + path(r, props, depth + 1) + ")";
            case 4 -> "(" + path(r, props, depth + 1) + "/" + path(r, props, depth + 1) + ")";
            case 5 -> "^(" + path(r, props, depth + 1) + ")";
            case 6 -> "!(" + p + ")";
            default -> p;
        };
    }
}
