package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.safkg.refiqda.TestFiles.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.problems.InvalidInputException;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;
import org.safkg.query.QueryRunner;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.safkg.store.StudyStore;

/** With a mapping of the researcher's codes onto SAF-KG concepts, the competency queries answer over an imported project. */
class MappingTest {
    private static final String SPEAKER = "speakers-of-33663939-3636-3632-3038-613431643463";
    private static final QueryCatalog QUERIES = QueryCatalog.fromFolder(ROOT.resolve("queries"));
    private static StudyStore store;
    private static RefiQdaImporter.ImportedStudy demo;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void importDemoWithMapping() throws Exception {
        Path map = Files.writeString(tmp.resolve("map.csv"), """
                code,match,concept
                equity,close,framing
                34653336-3766-3235-6466-363134396437,broad,vision
                """);
        store = StudyStore.inMemory();
        demo = new RefiQdaImporter().load(SAMPLES.resolve("demo.qdpx"), Options.of("demo").withMapping(map), store, RefiQdaImporter.Progress.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<List<String>> rows(String query, Map<String, String> params) {
        CompetencyQuery q = QUERIES.find(query).orElseThrow();
        ResultSetRewindable rs = QueryRunner.select(store.datasetGraph(), q, QueryRunner.bind(q, params));
        List<List<String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                row.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void codebookUsageReadsTheCountsTheImportStatedWhichAreTheCountsOfTheStore() throws Exception {
        // the oracle: the same counts counted over every annotation of the store (queries' CodebookUsageTest)
        String oracle = Files.readString(ROOT.resolve("queries/src/test/resources/codebook-usage-counted.rq"));
        List<List<String>> counted = org.apache.jena.system.Txn.calculateRead(store.datasetGraph(), () -> {
            try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(oracle).build()) {
                ResultSetRewindable rs = org.apache.jena.query.ResultSetFactory.makeRewindable(qe.execSelect());
                List<List<String>> out = new ArrayList<>();
                rs.forEachRemaining(sol -> out.add(rs.getResultVars().stream()
                        .map(v -> sol.get(v).isLiteral() ? sol.get(v).asLiteral().getLexicalForm() : sol.get(v).toString()).toList()));
                return out;
            }
        });
        List<List<String>> stated = rows("codebook-usage", Map.of());
        org.junit.jupiter.api.Assertions.assertFalse(counted.isEmpty(), "the demo project codes excerpts");
        assertEquals(counted, stated);
    }

    @Test
    void excerptsByCodeFollowsAnExactlyNamedCodesCloseMatch() {
        List<List<String>> expected = new ArrayList<>();
        for (String x : List.of("31376439-3134-6130-6633-306337633566", "36623434-3831-3932-6335-656234666232", "37633337-3063-6532-3461-346538333933",
                "37633530-3462-3965-3833-663836653432", "39366161-3264-6230-3763-663931336466", "61333836-3838-6562-6130-326237346636",
                "61643730-6630-3934-6537-306538633533", "63623663-6139-3330-3635-363566336536", "66303236-6238-3139-6265-613838613631",
                "66303635-6166-3332-6636-366231616535", "66316530-6130-3361-3465-393837313037", "66633864-3362-3766-6333-343238636536")) {
            expected.add(List.of("demo", "framing", x, "equity", SPEAKER, ""));
        }
        assertEquals(expected, rows("excerpts-by-code", Map.of("code", "framing")));
    }

    @Test
    void excerptsByCodeFollowsABroadMatchOfAParentCodeDownItsSubCodes() {
        // every coding with rq1_definition or a code below it
        var codes = new java.util.HashSet<String>();
        demo.project().codes().stream().filter(c -> c.name().equals("rq1_definition")).findFirst().orElseThrow();
        collect(demo.project().codes().stream().filter(c -> c.name().equals("rq1_definition")).findFirst().orElseThrow(), codes);
        long expected = demo.project().allSelections().stream()
                .flatMap(s -> s.codings().stream().filter(c -> codes.contains(c.codeGuid())).map(c -> s.guid() + c.codeGuid())).distinct().count();
        List<List<String>> rows = rows("excerpts-by-code", Map.of("code", "vision"));
        assertEquals(expected, rows.size());
        assertEquals(true, expected > 10, "the sample has codings below rq1_definition: " + expected);
        rows.forEach(r -> assertEquals(List.of("demo", "vision"), r.subList(0, 2)));
    }

    private static void collect(QdaProject.Code c, java.util.Set<String> into) {
        into.add(c.guid());
        c.children().forEach(k -> collect(k, into));
    }

    @Test
    void codedExcerptsDoNotBecomeEpisodes() {
        // skills-by-site counts leadership episodes: an imported project states none, so none were invented
        assertEquals(List.of(), rows("skills-by-site", Map.of()));
    }

    @Test
    void mappingErrorsNameLineColumnAndFix() throws Exception {
        Path map = Files.writeString(tmp.resolve("bad-map.csv"), """
                code,match,concept
                no_such_code,exact,framing
                equity,similar,framing
                equity,exact,framng
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new RefiQdaImporter()
                .prepare(SAMPLES.resolve("demo.qdpx"), Options.of("demo").withMapping(map), RefiQdaImporter.Progress.NONE));
        assertEquals(List.of(
                map + ":2:1: error [qda-mapping] column 'code': 'no_such_code' is no code of the project (by name or GUID). Use a code's exact name or its GUID.",
                map + ":3:2: error [qda-mapping] column 'match': 'similar' is not a match. Use exact, close or broad.",
                map + ":4:3: error [qda-mapping] column 'concept': 'framng' is no SAF-KG concept. Did you mean 'framing'?"),
                e.problems().stream().map(p -> p.format()).toList());
    }
}
