package org.safkg.server;

import org.safkg.remote.RemoteQueryRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;
import org.safkg.query.QueryRunner;

/**
 * Every competency query with each of its expectation files, over HTTP: as a researcher on
 * /safkg-research the rows are exactly the expected ones; anonymously on /safkg they are the same
 * rows with every excerpt text left empty (e.g. the evidence query joins onto the excerpts).
 */
class CompetencyQueriesOverHttpTest {
    private static final Path QUERIES = TestServer.ROOT.resolve("queries");

    @TestFactory
    List<DynamicTest> everyQueryGivesItsExpectedRowsOverHttp() throws IOException {
        TestServer s = TestServer.get();
        QueryCatalog catalog = QueryCatalog.fromFolder(QUERIES);
        Set<String> excerptTexts = Set.copyOf(TestServer.excerptTexts());
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> expectations;
        try (Stream<Path> files = Files.list(QUERIES)) {
            expectations = files.filter(p -> p.getFileName().toString().matches(".+\\.expected(\\..+)?\\.csv")).sorted(Comparator.naturalOrder()).toList();
        }
        assertTrue(expectations.size() >= 15, "expectation files found: " + expectations.size());
        for (Path exp : expectations) {
            String file = exp.getFileName().toString();
            String name = file.substring(0, file.indexOf(".expected"));
            String middle = file.substring(name.length() + ".expected".length(), file.length() - ".csv".length());
            Map<String, String> params = new LinkedHashMap<>();
            if (!middle.isEmpty()) {
                for (String kv : middle.substring(1).split(",")) params.put(kv.split("=", 2)[0], kv.split("=", 2)[1]);
            }
            CompetencyQuery q = catalog.find(name).orElseThrow();
            List<List<String>> expected = read(exp);
            List<List<String>> anonymous = expected.stream().map(r -> r.stream().map(c -> excerptTexts.contains(c) ? "" : c).toList()).toList();
            tests.add(DynamicTest.dynamicTest(file + " as researcher on /safkg-research", () ->
                    check(q, params, s.url("/safkg-research/query"), s.login("researcher"), expected)));
            tests.add(DynamicTest.dynamicTest(file + " anonymously on /safkg", () ->
                    check(q, params, s.url("/safkg/query"), null, anonymous)));
        }
        return tests;
    }

    private static void check(CompetencyQuery q, Map<String, String> params, String endpoint, RemoteQueryRunner.Login login, List<List<String>> expected) {
        ResultSetRewindable rs = RemoteQueryRunner.select(endpoint, q, QueryRunner.bind(q, params), login);
        List<List<String>> actual = rows(rs);
        List<List<String>> want = expected;
        if (!QueryFactory.create(q.sparql()).hasOrderBy()) {
            actual = sorted(actual);
            want = sorted(want);
        }
        assertEquals(want, actual, q.name() + " " + params + " at " + endpoint);
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(Object::toString));
        return copy;
    }

    static List<List<String>> rows(ResultSetRewindable rs) {
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution sol = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = sol.get(v);
                row.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : "_:");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setCommentMarker('#').get())) { // # lines are comments (queries/src/test ExpectedResults)
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) rows.add(rec.toList());
            return rows;
        }
    }
}
