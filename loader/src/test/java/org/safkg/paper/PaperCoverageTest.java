package org.safkg.paper;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.safkg.testing.TestBundles;

/**
 * The coverage of the paper by the graph: every paragraph of paper/paragraphs.csv lists exactly the
 * evidence nodes (quotes and authors' statements) of the graph whose text lies in it, and every
 * paragraph of the Results and of the Discussion and conclusions is cited by one or excused.
 */
class PaperCoverageTest {
    private static final String EVIDENCE = """
            PREFIX saf: <https://w3id.org/safkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?id ?text ?source WHERE {
              ?x a ?type ; dcterms:identifier ?id ; saf:verbatimText ?text ; saf:sourceSection ?source .
              VALUES ?type { saf:Excerpt saf:AuthorStatement }
            } ORDER BY ?id""";

    /** Paragraph → ids of the evidence nodes in the graph whose text lies in it; unlocated ids under null. */
    static Map<PaperParagraphs.Paragraph, Set<String>> citations(BundledPaper b) {
        Map<PaperParagraphs.Paragraph, Set<String>> out = new LinkedHashMap<>();
        b.paragraphs.all().forEach(p -> out.put(p, new TreeSet<>()));
        try (QueryExecution qe = QueryExecution.model(b.graph).query(EVIDENCE).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                PaperParagraphs.Paragraph p = b.locate(s.getLiteral("text").getLexicalForm(),
                        BundledPaper.sections(s.getLiteral("source").getLexicalForm()));
                out.computeIfAbsent(p, k -> new TreeSet<>()).add(s.getLiteral("id").getLexicalForm());
            });
        }
        return out;
    }

    /** What is wrong with the list given what the graph cites: one line per problem, naming paragraphs.csv's line. */
    static List<String> problems(Map<PaperParagraphs.Paragraph, Set<String>> cited) {
        List<String> problems = new ArrayList<>();
        cited.forEach((p, ids) -> {
            if (p == null) {
                problems.add("evidence not found verbatim in a paragraph of its source section: " + ids);
                return;
            }
            String where = "paragraphs.csv:" + p.line() + " (" + p.name() + ")";
            if (!new TreeSet<>(p.citedBy()).equals(ids)) problems.add(where + ": cited_by should be \"" + String.join(" | ", ids) + "\"");
            if (!ids.isEmpty() && !p.excused().isEmpty()) problems.add(where + ": cited by " + ids + " but also excused");
            if (PaperParagraphs.isFindings(p.section()) && ids.isEmpty() && p.excused().isEmpty()) {
                problems.add(where + ": a findings/discussion paragraph neither cited by the graph nor excused");
            }
            if (!PaperParagraphs.isFindings(p.section()) && ids.isEmpty() && p.excused().isEmpty()) {
                problems.add(where + ": neither cited nor excused");
            }
        });
        return problems;
    }

    @Test
    void everyParagraphIsCitedOrExcusedAndTheListMatchesTheGraph() throws IOException {
        BundledPaper b = BundledPaper.get();
        Map<PaperParagraphs.Paragraph, Set<String>> cited = citations(b);
        assertEquals(List.of(), problems(cited));

        List<PaperParagraphs.Paragraph> findings = b.paragraphs.all().stream().filter(p -> PaperParagraphs.isFindings(p.section())).toList();
        long covered = findings.stream().filter(p -> !cited.get(p).isEmpty()).count();
        long citedAll = b.paragraphs.all().stream().filter(p -> !cited.get(p).isEmpty()).count();
        String figure = covered + " of " + findings.size() + " paragraphs of the Results and the Discussion and conclusions";
        System.out.println("paper coverage: " + figure + " are cited by graph nodes, " + (findings.size() - covered)
                + " excused; whole paper: " + citedAll + " of " + b.paragraphs.all().size() + " listed paragraphs cited, the rest excused");
        String readme = Files.readString(TestBundles.root().resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(figure), "README.md states the coverage figure: \"" + figure + "\"");
    }

    @Test
    void aFindingsParagraphThatLosesItsOnlyCitationIsReported() {
        BundledPaper b = BundledPaper.get();
        Map<PaperParagraphs.Paragraph, Set<String>> cited = citations(b);
        PaperParagraphs.Paragraph p = b.paragraphs.all().stream()
                .filter(x -> x.section().equals("Discussion and conclusions") && x.number() == 6).findFirst().orElseThrow();
        assertEquals(Set.of("P42"), cited.get(p));
        cited.put(p, new TreeSet<>());
        List<String> problems = problems(cited);
        assertTrue(problems.stream().anyMatch(s -> s.contains("(Discussion and conclusions ¶6): a findings/discussion paragraph neither cited")), problems::toString);
        assertTrue(problems.stream().anyMatch(s -> s.contains("(Discussion and conclusions ¶6): cited_by should be \"\"")), problems::toString);
    }

    @Test
    void aStatementFromAnotherSectionIsNotCounted() {
        BundledPaper b = BundledPaper.get();
        String p42 = b.bundle.row("statements.csv", "P42").orElseThrow().raw("text");
        assertNotNull(b.locate(p42, List.of("Discussion and conclusions")));
        assertNull(b.locate(p42, List.of("Results")), "a passage counts only in the section its row names");
    }
}
