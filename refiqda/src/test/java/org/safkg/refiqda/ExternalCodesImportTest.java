package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.*;
import static org.safkg.refiqda.TestFiles.*;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.apache.jena.vocabulary.ORG;
import org.safkg.vocab.SAF;

/** Case variables named ods_code, gss_code or wikidata carry an organisation's codes, linked and checked as in a bundle. */
class ExternalCodesImportTest {
    private static final String CASE = "7a1b2c3d-0000-4000-8000-000000000009";

    @TempDir
    Path tmp;

    private Path projectWithCodes(String ods, String gss, String wikidata) {
        String qde = project("MAXQDA 2022", "internal://i1.txt", 3, 8).replace("  <Sources>", """
                  <Variables>
                    <Variable guid="33333333-0000-4000-8000-0000000000a1" name="ods_code" typeOfVariable="Text"/>
                    <Variable guid="33333333-0000-4000-8000-0000000000a2" name="GSS_code" typeOfVariable="Text"/>
                    <Variable guid="33333333-0000-4000-8000-0000000000a3" name="wikidata" typeOfVariable="Text"/>
                  </Variables>
                  <Cases>
                    <Case guid="%s" name="Org A">
                      <VariableValue><VariableRef targetGUID="33333333-0000-4000-8000-0000000000a1"/><TextValue>%s</TextValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="33333333-0000-4000-8000-0000000000a2"/><TextValue>%s</TextValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="33333333-0000-4000-8000-0000000000a3"/><TextValue>%s</TextValue></VariableValue>
                      <SourceRef targetGUID="%s"/>
                    </Case>
                  </Cases>
                  <Sources>""".formatted(CASE, ods, gss, wikidata, SOURCE));
        return qdpx(tmp, "codes.qdpx", qde, "sources/i1.txt", "We trust them.");
    }

    @Test
    void codesOnACaseBecomeTheSameLinksAsInABundle() {
        ImportedStudy s = new RefiQdaImporter().prepare(projectWithCodes("QYG", "E54000008", "Q42"), Options.of("t"), RefiQdaImporter.Progress.NONE);
        Graph g = s.graphs().study();
        Node c = NodeFactory.createURI(s.graphs().iris().of("case", CASE));
        assertTrue(g.contains(c, org.apache.jena.vocabulary.RDF.type.asNode(), ORG.Organization.asNode()));
        assertTrue(g.contains(c, SAF.locatedInArea.asNode(), NodeFactory.createURI("http://statistics.data.gov.uk/id/statistical-geography/E54000008")));
        assertTrue(g.contains(c, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q42")));
        // an organisation (or speaker) of the study, as a bundle's are: the queries take the study from saf:inStudy
        assertEquals(List.of(NodeFactory.createURI(s.graphs().iris().study())), g.find(c, SAF.inStudy.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList());
        Node id = NodeFactory.createURI(s.graphs().iris().of("case", CASE) + "/identifier/ods");
        assertTrue(g.contains(id, org.apache.jena.vocabulary.SKOS.notation.asNode(), NodeFactory.createLiteralString("QYG")));
    }

    @Test
    void badlyShapedCodesAreRefusedWithTheirLine() {
        Path f = projectWithCodes("qyg", "E5400008", "https://www.wikidata.org/wiki/Q42");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new RefiQdaImporter().prepare(f, Options.of("t"), RefiQdaImporter.Progress.NONE));
        List<String> msgs = e.problems().stream().map(Problem::format).toList();
        assertEquals(3, msgs.size(), msgs.toString());
        assertTrue(msgs.get(0).matches(".*codes\\.qdpx:\\d+: error \\[ods-code-invalid\\] case " + CASE
                + ", variable ods_code: \"qyg\" is not an ODS organisation code\\. Did you mean \"QYG\"\\? .*"), msgs.get(0));
        assertTrue(msgs.get(1).contains("error [gss-code-invalid] case " + CASE + ", variable gss_code: \"E5400008\" is not a GSS code."), msgs.get(1));
        assertTrue(msgs.get(2).contains("error [wikidata-id-invalid] case " + CASE + ", variable wikidata: \"https://www.wikidata.org/wiki/Q42\" is not a Wikidata item ID. Did you mean \"Q42\"?"), msgs.get(2));
    }
}
