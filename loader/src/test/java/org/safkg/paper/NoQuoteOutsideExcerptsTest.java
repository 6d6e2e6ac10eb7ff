package org.safkg.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.safkg.load.StudyLoader;
import org.safkg.ontology.OntologyFiles;
import org.safkg.study.QuoteRuns;
import org.safkg.testing.TestBundles;

/** No public literal of the bundled study or of the ontology repeats 6 consecutive words of a restricted excerpt. */
class NoQuoteOutsideExcerptsTest {

    @Test
    void publicLiteralsShareFewerThanSixConsecutiveWordsWithAnyExcerpt() {
        StudyLoader.MappedStudy study = new StudyLoader().prepare(TestBundles.vanguard());
        List<String> texts = literals(study.graphs().excerpts());
        assertEquals(13, texts.size());
        QuoteRuns runs = new QuoteRuns();
        for (String t : texts) runs.add("excerpt", t);
        Set<String> quoting = new TreeSet<>();
        List<String> checked = new ArrayList<>(literals(study.graphs().study()));
        checked.addAll(literals(study.provenance()));
        checked.addAll(literals(OntologyFiles.ontologyAndConcepts()));
        assertTrue(checked.size() > 1000, checked.size() + " literals");
        for (String lit : checked) {
            if (runs.firstIn(lit).isPresent()) quoting.add(lit);
        }
        assertEquals(Set.of(), quoting);
    }

    private static List<String> literals(Graph g) {
        return g.find().toList().stream().map(t -> t.getObject()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList();
    }
}
