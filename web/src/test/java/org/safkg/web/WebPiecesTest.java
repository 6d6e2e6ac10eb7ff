package org.safkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.safkg.query.CompetencyQuery;

/** The web front's pure pieces: IRI to path, highlight markers to marks, parameters into VALUES, the ontology page's content. */
class WebPiecesTest {

    @Test
    void mintedIrisMapToPathsAndBack() {
        assertEquals(Optional.of("/study/vanguard-2022/episode/E05"), LinkedDataPaths.pathOf("https://w3id.org/safkg/study/vanguard-2022/episode/E05"));
        assertEquals(Optional.of("/ontology#LeadershipEpisode"), LinkedDataPaths.pathOf("https://w3id.org/safkg/ontology#LeadershipEpisode"));
        assertEquals(Optional.of("/concept/brokering"), LinkedDataPaths.pathOf("https://w3id.org/safkg/concept/brokering"));
        assertEquals(Optional.empty(), LinkedDataPaths.pathOf("http://purl.org/dc/terms/identifier"));
        assertEquals("https://w3id.org/safkg/study/vanguard-2022/site/S3", LinkedDataPaths.iriOf("/study/vanguard-2022/site/S3"));
    }

    @Test
    void highlightMarkersBecomeMarkedParts() {
        assertEquals(List.of(new SearchPage.Part("we ", false), new SearchPage.Part("trust", true), new SearchPage.Part(" them <b>", false)),
                SearchServlet.parts("we \u21a6trust\u21a4 them <b>"));
        assertEquals(List.of(new SearchPage.Part("no match", false)), SearchServlet.parts("no match"));
    }

    @Test
    void parametersGoIntoAValuesBlockThatTheQueryJoinsOn() {
        CompetencyQuery q = CompetencyQuery.parse("t", """
                # question: Which sites?
                # param: siteId (string, required) e.g. S3
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?site WHERE { ?site dcterms:identifier ?siteId }""");
        String text = QuestionServlet.withValues(q, Map.of("siteId", NodeFactory.createLiteralString("S3\" } ; DROP ALL #")));
        assertTrue(text.contains("VALUES ?siteId { \"S3\\\" } ; DROP ALL #\" }"), text);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                <http://x/s1> <http://purl.org/dc/terms/identifier> "S1" .
                <http://x/s3> <http://purl.org/dc/terms/identifier> "S3" .""", Lang.TURTLE).parse(m);
        String bound = QuestionServlet.withValues(q, Map.of("siteId", NodeFactory.createLiteralString("S3")));
        try (var exec = QueryExecutionFactory.create(QueryFactory.create(bound), m)) {
            var rows = exec.execSelect();
            assertEquals("http://x/s3", rows.next().getResource("site").getURI());
            assertTrue(!rows.hasNext(), "only the bound site");
        }
    }

    @Test
    void theOntologyPageIsBuiltFromTheFiles() {
        OntologyPage page = OntologyDocumentation.build(false, "");
        OntologyPage.Term episode = page.classes().stream().filter(t -> t.anchor().equals("LeadershipEpisode")).findFirst().orElseThrow();
        assertEquals("https://w3id.org/safkg/ontology#LeadershipEpisode", episode.iri());
        assertTrue(episode.definition() != null && !episode.definition().isBlank(), "its definition");
        OntologyPage.Term leader = page.properties().stream().filter(t -> t.anchor().equals("leader")).findFirst().orElseThrow();
        assertEquals(List.of("/ontology#LeadershipEpisode"), leader.domain().stream().map(Value::href).toList());
        long schemes;
        try (var in = org.safkg.ontology.OntologyFiles.open(org.safkg.ontology.OntologyFiles.CONCEPTS)) {
            schemes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> l.matches("<[^>]+> a skos:ConceptScheme ;")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(schemes >= 14, "the concepts file's schemes: " + schemes);
        assertEquals(schemes, page.schemes().size(), "every SKOS scheme of the concepts file");
        assertTrue(page.shapes().stream().anyMatch(s -> s.name().equals("LeadershipEpisodeShape") && !s.requirements().isEmpty()));
    }
}
