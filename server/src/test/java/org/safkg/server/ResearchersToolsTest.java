package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * docs/researchers-tools.md: its Python and R examples, run against a real server, give the rows of the expectation
 * file (the Python one whenever a Python 3 with pandas and SPARQLWrapper is here, the R one when Rscript with httr is).
 */
class ResearchersToolsTest {
    private static final Path EXAMPLES = TestServer.ROOT.resolve("docs/examples");
    private static final Path GUIDE = TestServer.ROOT.resolve("docs/researchers-tools.md");

    @Test
    void theGuideShowsTheExamplesAsTheyAreRun() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        for (String script : List.of("competency_question.py", "competency_question.R")) {
            assertTrue(guide.contains(Files.readString(EXAMPLES.resolve(script), StandardCharsets.UTF_8).strip()),
                    "the guide shows docs/examples/" + script + " verbatim");
        }
    }

    @Test
    void thePythonExampleGivesTheExpectedDataFrames() throws Exception {
        Optional<String> python = firstThatRuns(List.of(List.of("/usr/bin/python3", "-c", "import pandas, SPARQLWrapper"),
                List.of("python3", "-c", "import pandas, SPARQLWrapper")));
        assumeTrue(python.isPresent(), "no Python 3 with pandas and SPARQLWrapper here (Debian: python3-pandas python3-sparqlwrapper)");
        checkOutput(run(List.of(python.get(), EXAMPLES.resolve("competency_question.py").toString(), TestServer.get().base(), "S3")));
    }

    @Test
    void theRExampleGivesTheExpectedDataFrames() throws Exception {
        Optional<String> r = firstThatRuns(List.of(List.of("Rscript", "-e", "library(httr)")));
        assumeTrue(r.isPresent(), "no Rscript with httr here (Debian: r-base-core r-cran-httr)");
        checkOutput(run(List.of(r.get(), EXAMPLES.resolve("competency_question.R").toString(), TestServer.get().base(), "S3")));
    }

    private static void checkOutput(String out) throws IOException {
        String[] parts = out.split("(?m)^---\n", 2);
        assertEquals(2, parts.length, out);
        List<List<String>> expected = records(Files.readString(TestServer.ROOT.resolve("queries/site-leadership.expected.siteId=S3.csv"), StandardCharsets.UTF_8));
        assertEquals(expected, records(parts[0]), "the question's answer is the expectation file, header and rows");
        int episodes = TestServer.bundleColumn("episodes.csv", "id").size();
        assertEquals(List.of(List.of("study", "episodes"), List.of("vanguard-2022", Integer.toString(episodes))), records(parts[1]));
    }

    /** Every record, the header first; comment lines (#) of an expectation file skipped. */
    private static List<List<String>> records(String csv) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setCommentMarker('#').get())) {
            for (CSVRecord r : p) out.add(r.toList());
        }
        return out;
    }

    private static Optional<String> firstThatRuns(List<List<String>> probes) {
        for (List<String> probe : probes) {
            try {
                Process p = new ProcessBuilder(probe).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) return Optional.of(probe.get(0));
                p.destroyForcibly();
            } catch (IOException e) {
                // not installed: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile(TestServer.ROOT.resolve("server/target"), "example-", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + "\n" + Files.readString(err));
        return out;
    }
}
