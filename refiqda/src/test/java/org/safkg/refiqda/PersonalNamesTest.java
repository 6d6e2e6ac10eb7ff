package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.*;
import static org.safkg.refiqda.TestFiles.*;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;

/** Case, source and user names often name participants: none enters the graph unless the researcher says they are pseudonyms. */
class PersonalNamesTest {
    @TempDir
    Path tmp;

    private Path projectWithNamedCase() {
        String qde = project("NVivo 14", "internal://i1.txt", 3, 8)
                .replace("name=\"interview 1\"", "name=\"Interview with Mary Jones\"")
                .replace("</Sources>", """
                        </Sources>
                          <Cases><Case guid="7a1b2c3d-0000-4000-8000-000000000001" name="Mary Jones"><SourceRef targetGUID="%s"/></Case></Cases>
                        """.formatted(SOURCE));
        return qdpx(tmp, "named.qdpx", qde, "sources/i1.txt", "We trust them.");
    }

    private static boolean mentions(Graph g, String text) {
        return g.find().filterKeep(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().contains(text)).hasNext();
    }

    @Test
    void caseSourceAndUserNamesStayOutByDefault() {
        ImportedStudy s = new RefiQdaImporter().prepare(projectWithNamedCase(), Options.of("t"), RefiQdaImporter.Progress.NONE);
        Graph study = s.graphs().study();
        assertFalse(mentions(study, "Mary Jones"), "no case or source name in the study graph");
        assertFalse(mentions(study, "Jane Researcher"), "no coder name");
        Node caseNode = NodeFactory.createURI(s.graphs().iris().of("case", "7a1b2c3d-0000-4000-8000-000000000001"));
        assertEquals("Case 7a1b2c3d", study.find(caseNode, RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void namesAreKeptWhenTheResearcherSaysTheyArePseudonyms() {
        Options keep = new Options("t", null, null, null, true);
        ImportedStudy s = new RefiQdaImporter().prepare(projectWithNamedCase(), keep, RefiQdaImporter.Progress.NONE);
        assertTrue(mentions(s.graphs().study(), "Mary Jones"));
        assertFalse(mentions(s.graphs().study(), "Jane Researcher"), "coders stay pseudonymous even then");
    }
}
