package org.safkg.refiqda;

import org.safkg.vocab.QDA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.refiqda.TestFiles.*;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.safkg.study.StudyIris;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.apache.jena.vocabulary.OA;
import org.safkg.vocab.SAF;

/** The two real exports in ../shared/samples/refi-qda: qc's demo.qdpx and an NVivo for Mac project. */
class SampleProjectsTest {
    private static final String BOARD = "33663939-3636-3632-3038-613431643463";

    @Test
    void demoHasItsCodesSourcesSelectionsAndCodings() {
        ImportedStudy s = new RefiQdaImporter().prepare(SAMPLES.resolve("demo.qdpx"), Options.of("demo"), RefiQdaImporter.Progress.NONE);
        assertEquals(262, s.project().allCodes().size());
        assertEquals(2, s.project().sources().size());
        assertEquals(158, s.project().allSelections().size());
        assertEquals(205, s.project().allSelections().stream().mapToInt(x -> x.codings().size()).sum());
        Graph g = s.graphs().study();
        assertEquals(262, g.stream(Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(s.graphs().iris().of("concept-scheme", "codebook"))).count());
        assertEquals(158, countTyped(g, SAF.Excerpt.asNode()));
        assertEquals(205, countTyped(g, OA.Annotation.asNode()));
        assertEquals(205, count(g, "http://purl.org/dc/terms/creator"));
        assertEquals(2, countTyped(g, QDA.TextSource.asNode()));
        assertEquals(OffsetMode.CODE_POINTS, s.offsets());
        assertEquals(List.of(), s.warnings());

        StudyIris iris = s.graphs().iris();
        Graph text = s.graphs().excerpts();
        assertEquals("This district goal is engage every student in joyful, purposeful learning that \n",
                literal(text, iris.of("excerpt", "37323865-3734-6533-3337-623138653238"), SAF.verbatimText.getURI()));
        assertEquals("maximizes each student's opportunity to excel academically. Action step five \n",
                literal(text, iris.of("excerpt", "66383165-3335-3437-3635-383166623737"), SAF.verbatimText.getURI()));
        assertEquals("similar equity issues [inaudible 00:54:11] access to that curriculum, which we \n",
                literal(text, iris.of("excerpt", "31376439-3134-6130-6633-306337633566"), SAF.verbatimText.getURI()));
        assertEquals("this is a major equity issue. We want to ensure opportunity for all of our \n",
                literal(text, iris.of("excerpt", "37633337-3063-6532-3461-346538333933"), SAF.verbatimText.getURI()));
        assertEquals("320", literal(g, iris.of("excerpt", "37323865-3734-6533-3337-623138653238/position"), OA.start.getURI()));
        assertEquals("400", literal(g, iris.of("excerpt", "37323865-3734-6533-3337-623138653238/position"), OA.end.getURI()));
        assertEquals(52543, literal(text, iris.of("source", BOARD), SAF.verbatimText.getURI()).length());
        // only saf:verbatimText in the restricted graph
        assertEquals(text.size(), count(text, SAF.verbatimText.getURI()));
        // the coder is a GUID, never the name the file gives ("cp")
        assertEquals("Coder 39633935-3331-3962-6632-373436373264",
                literal(g, iris.of("coder", "39633935-3331-3962-6632-373436373264"), "http://www.w3.org/2000/01/rdf-schema#label"));
        assertTrue(g.stream().noneMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals("cp")));
    }

    @Test
    void nvivoProjectHasItsNestedCodebookAndNoCodings() {
        ImportedStudy s = new RefiQdaImporter().prepare(SAMPLES.resolve("nvivo_project.qdpx"), Options.of("nvivo"), RefiQdaImporter.Progress.NONE);
        assertEquals(262, s.project().allCodes().size());
        assertEquals(2, s.project().sources().size());
        assertEquals(0, s.project().allSelections().size());
        Graph g = s.graphs().study();
        StudyIris iris = s.graphs().iris();
        long top = s.project().codes().size();
        assertEquals(262 - top, count(g, SKOS.broader.getURI()));
        assertEquals(top, count(g, SKOS.topConceptOf.getURI()));
        // competencies (a child of rq1_definition) and programming (a child of competencies)
        String competencies = iris.of("code", "31366536-3938-3831-6231-633830313036");
        assertTrue(g.contains(NodeFactory.createURI(competencies), SKOS.broader.asNode(),
                NodeFactory.createURI(iris.of("code", "34653336-3766-3235-6466-363134396437"))));
        assertTrue(g.contains(NodeFactory.createURI(iris.of("code", "36636563-3863-6264-3638-303637613863")), SKOS.broader.asNode(),
                NodeFactory.createURI(competencies)));
        assertEquals("competencies", literal(g, competencies, SKOS.prefLabel.getURI()));
        assertEquals(0, countTyped(g, OA.Annotation.asNode()));
        assertEquals(0, countTyped(g, SAF.Excerpt.asNode()));
        // NVivo's users carry names ("chrisp", "cp"): none enters the graph
        assertTrue(g.stream().noneMatch(t -> t.getObject().isLiteral() && List.of("chrisp", "cp", "CP", "C").contains(t.getObject().getLiteralLexicalForm())));
        assertNull(literal(g, iris.of("coder", "1b0b1791-be46-4557-9957-7333544cfaf2"), "http://xmlns.com/foaf/0.1/name"));
    }
}
