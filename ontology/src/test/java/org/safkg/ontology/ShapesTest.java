package org.safkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** (d) the SHACL shapes parse, a valid study conforms, and broken ones fail with the expected message. */
class ShapesTest {

    private static Model shapesModel;
    private static Shapes shapes;

    @BeforeAll
    static void parse() {
        shapesModel = TestResources.model(TestResources.SHAPES);
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    private static ValidationReport validate(String... data) {
        Graph union = TestResources.ontologyAndConcepts(data).getGraph();
        return ShaclValidator.get().validate(shapes, union);
    }

    private static String print(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shapesParse() {
        assertTrue(shapes.numRootShapes() >= 20, "root shapes parsed: " + shapes.numRootShapes());
        assertTrue(shapes.getTargetShapes().size() >= 20, "shapes with targets: " + shapes.getTargetShapes().size());
    }

    @Test
    void everyShapeHasAPlainWordsMessage() {
        String q = """
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            SELECT ?shape WHERE {
              { ?shape a sh:NodeShape } UNION { ?x sh:property ?shape }
              FILTER NOT EXISTS { ?shape sh:message ?m FILTER (STRLEN(STR(?m)) > 10) }
            }""";
        try (QueryExecution qe = QueryExecution.create(q, shapesModel)) {
            ResultSet rs = qe.execSelect();
            assertFalse(rs.hasNext(), () -> "a shape without sh:message: " + rs.next());
        }
    }

    @Test
    void ontologyAndConceptsConform() {
        ValidationReport report = validate();
        assertTrue(report.conforms(), () -> print(report));
    }

    @Test
    void aValidStudyConforms() {
        ValidationReport report = validate(TestResources.GOOD_DATA);
        assertTrue(report.conforms(), () -> print(report));
    }

    @Test
    void anEpisodeWithoutEvidenceDoesNotConform() {
        ValidationReport report = validate(TestResources.GOOD_DATA, "/shapes/episode-without-evidence.ttl");
        assertFalse(report.conforms());
        assertEquals(1, report.getEntries().size(), () -> print(report));
        ReportEntry e = report.getEntries().iterator().next();
        assertEquals("https://w3id.org/safkg/study/test-study/episode/E99", e.focusNode().getURI());
        assertEquals("<https://w3id.org/safkg/ontology#evidencedBy>", e.resultPath().toString());
        assertEquals("A leadership episode needs at least one piece of evidence (saf:evidencedBy),"
                + " and each must be an excerpt or an authors' statement.", e.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"episode-without-evidence", "speaker-not-respondent", "skill-from-wrong-scheme",
            "personal-name", "negative-count", "negative-episode-count"})
    void aBrokenStudyFailsWithItsMessage(String name) {
        String resource = "/shapes/" + name + ".ttl";
        String text = TestResources.text(resource);
        String focus = TestResources.header(text, "focus");
        String path = TestResources.header(text, "path");
        String message = TestResources.header(text, "message");
        assertNotNull(focus); assertNotNull(path); assertNotNull(message);
        ValidationReport report = validate(TestResources.GOOD_DATA, resource);
        assertFalse(report.conforms(), resource + " should not conform");
        List<ReportEntry> entries = List.copyOf(report.getEntries());
        assertEquals(1, entries.size(), () -> print(report));
        ReportEntry e = entries.get(0);
        assertEquals(focus, e.focusNode().getURI());
        assertEquals("<" + path + ">", e.resultPath().toString());
        assertEquals(message, e.message());
    }
}
