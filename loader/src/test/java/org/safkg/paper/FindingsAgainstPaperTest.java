package org.safkg.paper;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.junit.jupiter.api.Test;

/**
 * No invented facts: every finding and every episode of the graph cites a section of the paper, each
 * of its pieces of evidence is verbatim in that section, a finding's hedging is the authors' words
 * in its evidence, and no public label, outcome or time copies six or more consecutive words of a
 * participant's quote (quotes live only in the restricted excerpts graph).
 */
class FindingsAgainstPaperTest {
    private static final String CLAIMS = """
            PREFIX saf: <https://w3id.org/safkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?node ?id ?source ?label ?outcome ?when ?hedging WHERE {
              ?node a ?type ; dcterms:identifier ?id ; saf:sourceSection ?source ; rdfs:label ?label .
              VALUES ?type { saf:Finding saf:LeadershipEpisode }
              OPTIONAL { ?node saf:outcome ?outcome }
              OPTIONAL { ?node saf:when ?when }
              OPTIONAL { ?node saf:hedging ?hedging }
            } ORDER BY ?id""";
    private static final String EVIDENCE = """
            PREFIX saf: <https://w3id.org/safkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?id ?text WHERE { ?node saf:evidencedBy ?x . ?x dcterms:identifier ?id ; saf:verbatimText ?text } ORDER BY ?id""";
    private static final String QUOTES = """
            PREFIX saf: <https://w3id.org/safkg/ontology#>
            SELECT ?text WHERE { ?x a saf:Excerpt ; saf:verbatimText ?text }""";

    /** What is wrong with one finding or episode, one line per problem. */
    static List<String> problems(BundledPaper b, QuerySolution claim, List<String> quotes) {
        List<String> problems = new ArrayList<>();
        String id = claim.getLiteral("id").getLexicalForm();
        List<String> sections = BundledPaper.sections(claim.getLiteral("source").getLexicalForm());
        for (String s : sections) if (!b.paragraphs.sections().contains(s)) problems.add(id + ": no section \"" + s + "\" in the paper");
        List<String> evidenceTexts = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(b.graph).query(EVIDENCE)
                .substitution("node", claim.getResource("node")).build()) {
            qe.execSelect().forEachRemaining(e -> {
                String text = e.getLiteral("text").getLexicalForm();
                evidenceTexts.add(PaperText.normalise(text));
                if (b.locate(text, sections) == null) {
                    problems.add(id + ": evidence " + e.getLiteral("id").getLexicalForm() + " is not verbatim in " + sections);
                }
            });
        }
        if (evidenceTexts.isEmpty()) problems.add(id + ": no evidence with text");
        Literal hedging = claim.getLiteral("hedging");
        if (hedging != null) {
            for (String h : hedging.getLexicalForm().split(";")) {
                if (evidenceTexts.stream().noneMatch(t -> t.contains(PaperText.normalise(h)))) {
                    problems.add(id + ": hedging \"" + h.strip() + "\" is not the authors' words in its evidence");
                }
            }
        }
        for (String field : List.of("label", "outcome", "when")) {
            Literal l = claim.getLiteral(field);
            if (l == null) continue;
            for (String q : quotes) {
                String copied = sharedRun(l.getLexicalForm(), q, 6);
                if (copied != null) problems.add(id + ": " + field + " copies a participant's words: \"" + copied + "\"");
            }
        }
        return problems;
    }

    /** The first run of {@code n} consecutive words of {@code a} that also occurs in {@code b} (case and punctuation ignored), or null. */
    static String sharedRun(String a, String b, int n) {
        List<String> aw = words(a);
        String bw = " " + String.join(" ", words(b)) + " ";
        for (int i = 0; i + n <= aw.size(); i++) {
            String run = String.join(" ", aw.subList(i, i + n));
            if (bw.contains(" " + run + " ")) return run;
        }
        return null;
    }

    private static List<String> words(String s) {
        return Arrays.stream(PaperText.normalise(s).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void everyFindingAndEpisodeIsBackedVerbatimByTheSectionItCites() {
        BundledPaper b = BundledPaper.get();
        List<String> quotes = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(b.graph).query(QUOTES).build()) {
            qe.execSelect().forEachRemaining(s -> quotes.add(s.getLiteral("text").getLexicalForm()));
        }
        List<String> problems = new ArrayList<>();
        int findings = 0, episodes = 0;
        try (QueryExecution qe = QueryExecution.model(b.graph).query(CLAIMS).build()) {
            for (var it = qe.execSelect(); it.hasNext(); ) {
                QuerySolution s = it.next();
                if (s.getLiteral("id").getLexicalForm().startsWith("F")) findings++; else episodes++;
                problems.addAll(problems(b, s, quotes));
            }
        }
        System.out.println("checked against the paper: " + findings + " findings, " + episodes + " episodes");
        assertTrue(findings >= 37 && episodes >= 19, findings + " findings, " + episodes + " episodes");
        assertEquals(List.of(), problems);
    }

    @Test
    void aCopiedRunOfSixWordsIsFoundAndFiveAreAllowed() {
        String quote = "we'd already got trust, relationships built up across the healthcare department";
        assertEquals("already got trust relationships built up", sharedRun("They had already got trust, relationships built up early", quote, 6));
        assertNull(sharedRun("They had already got trust, relationships and more", quote, 6));
    }

    @Test
    void evidenceFromAnotherSectionAndInventedHedgingAreReported() {
        BundledPaper b = BundledPaper.get();
        String q = """
                PREFIX saf: <https://w3id.org/safkg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?node ?id ?source ?label ?outcome ?hedging WHERE {
                  ?node dcterms:identifier "F29" ; dcterms:identifier ?id ; rdfs:label ?label .
                  BIND("Results" AS ?source) BIND("it is certain that" AS ?hedging)
                  OPTIONAL { ?node saf:outcome ?outcome }
                }""";
        q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + q;
        try (QueryExecution qe = QueryExecution.model(b.graph).query(q).build()) {
            QuerySolution s = qe.execSelect().next();
            List<String> problems = problems(b, s, List.of());
            assertEquals(List.of("F29: evidence P40 is not verbatim in [Results]",
                    "F29: hedging \"it is certain that\" is not the authors' words in its evidence"), problems);
        }
    }
}
