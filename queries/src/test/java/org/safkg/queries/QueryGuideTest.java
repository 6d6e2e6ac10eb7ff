package org.safkg.queries;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safkg.store.StudyStore;

/** Every SPARQL example of docs/query-guide.md runs on the bundled study and returns the rows its "# expect:" line says. */
class QueryGuideTest {
    private static final Pattern BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\d+) rows", Pattern.MULTILINE);

    @TestFactory
    List<DynamicTest> everyExampleGivesItsStatedRowCount() throws IOException {
        String guide = Files.readString(BundledStudy.ROOT.resolve("docs/query-guide.md"), StandardCharsets.UTF_8);
        StudyStore store = BundledStudy.store();
        List<DynamicTest> tests = new ArrayList<>();
        Matcher m = BLOCK.matcher(guide);
        while (m.find()) {
            String q = m.group(1);
            Matcher e = EXPECT.matcher(q);
            assertTrue(e.find(), "a query of the guide without '# expect: N rows':\n" + q);
            int expected = Integer.parseInt(e.group(1));
            tests.add(DynamicTest.dynamicTest("guide example " + (tests.size() + 1), () -> {
                ResultSetRewindable rs = Txn.calculateRead(store.datasetGraph(), () -> {
                    try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                        return ResultSetFactory.copyResults(qe.execSelect());
                    }
                });
                assertEquals(expected, rs.size(), () -> q + "\n" + ResultSetFormatter.asText(rs));
            }));
        }
        assertTrue(tests.size() >= 3, "the guide has an example for actor ids, episodes and findings");
        return tests;
    }
}
