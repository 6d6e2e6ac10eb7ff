package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The README's ./safkg query commands run, through the launcher and the packaged jar, so that the README cannot rot. */
class ReadmeCommandsIT {
    static final Path ROOT = Path.of(System.getProperty("safkg.root", "..")).toAbsolutePath().normalize();
    private static final Pattern COMMAND = Pattern.compile("(?m)(?:^|`)(\\./safkg query [^`#\\n]*?)\\s*(?:`|#|$)");

    @TempDir
    static Path tmp;

    record Result(int code, String out, String err) {}

    static Result launch(String commandLine) throws IOException, InterruptedException {
        return launch(commandLine, tmp);
    }

    /** Runs a command line through bash in the repository, its store and output files in {@code work}. */
    static Result launch(String commandLine, Path work) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", commandLine));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile());
        pb.environment().put("SAFKG_STORE", work.resolve("tdb2").toString());
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + commandLine);
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static List<String> readmeQueryCommands() throws IOException {
        Matcher m = COMMAND.matcher(Files.readString(ROOT.resolve("README.md")));
        List<String> cmds = new ArrayList<>();
        while (m.find()) if (!cmds.contains(m.group(1).strip())) cmds.add(m.group(1).strip());
        return cmds;
    }

    @TestFactory
    List<DynamicTest> everyQueryCommandInTheReadmeRuns() throws IOException {
        List<String> cmds = readmeQueryCommands();
        assertTrue(cmds.size() >= 4, "README query commands found: " + cmds);
        List<DynamicTest> tests = new ArrayList<>();
        int compared = 0;
        for (String c : cmds) {
            Path expected = expectation(c);
            if (expected != null) compared++;
            tests.add(DynamicTest.dynamicTest(c, () -> {
                Result r = launch(c);
                assertEquals(0, r.code(), r.err());
                assertFalse(r.out().isBlank(), "no output from " + c);
                if (expected == null) return;
                // the same command as CSV gives exactly the rows of the query's expectation file (in any order)
                Result csv = launch(c.replaceAll("\\s--format \\S+|\\s-f \\S+", "") + " --format csv");
                assertEquals(0, csv.code(), csv.err());
                assertEquals(sortedLines(Files.readString(expected, StandardCharsets.UTF_8)), sortedLines(csv.out()), c + " vs " + expected.getFileName());
            }));
        }
        assertTrue(compared >= 6, compared + " README commands have an expectation file to compare with");
        return tests;
    }

    /** queries/NAME.expected[.k=v,...].csv for a README command, if there is one. */
    static Path expectation(String command) {
        Matcher m = Pattern.compile("\\./safkg query (\\S+)").matcher(command);
        if (!m.find()) return null;
        List<String> params = new ArrayList<>();
        Matcher p = Pattern.compile("--param (\\S+=\\S+)").matcher(command);
        while (p.find()) params.add(p.group(1));
        Path f = ROOT.resolve("queries").resolve(m.group(1) + ".expected" + (params.isEmpty() ? "" : "." + String.join(",", params)) + ".csv");
        return Files.exists(f) ? f : null;
    }

    /** The rows, sorted; an expectation file's # lines (the paper's words for each row) are comments. */
    static List<String> sortedLines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    }

    @Test
    void theWorkedExampleAnswersAsTheReadmeSays() throws Exception {
        Result r = launch("./safkg query site-leadership --param siteId=S3 --format csv");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        for (String row : List.of(
                "E05,\"Site 3 local authority worker described as \"\"a really dynamic individual\"\" (printed as [Named person])\",6 personal characteristic,going beyond role",
                "8 constraining condition,hierarchical culture",
                "9 evidence,Q09 (S3R01)",
                "9 evidence,P05 (authors)",
                "E17,Charismatic facilitator from the Site 3 CCG,6 personal characteristic,charisma",
                "7 enabling condition,existing relationships",
                "7 enabling condition,programme profile")) {
            assertTrue(out.contains(row), row + " in\n" + out);
        }
    }

    @Test
    void servingFromThePackagedJarAnswersQueriesOverHttp() throws Exception {
        Path archive = ROOT.resolve("cli/target/safkg-serve.jsa");
        Files.deleteIfExists(archive);
        serveAndQuery("serve", Map.of());
        // the first start after a build leaves its class-data archive, quietly; the next start maps it
        assertTrue(Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(ROOT.resolve("cli/target/safkg.jar"))) > 0,
                "serve's first start wrote " + archive);
        for (String f : List.of("serve.out", "serve.err")) {
            assertFalse(Files.readString(tmp.resolve(f)).contains("[cds]"), f + " has no class-data warnings: " + Files.readString(tmp.resolve(f)));
        }
        Path classes = tmp.resolve("classes.log");
        serveAndQuery("serve-again", Map.of("SAFKG_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes));
        assertTrue(Files.readAllLines(classes).stream().anyMatch(l -> l.contains(" org.safkg.server.SafkgServer source: shared objects file (top)")),
                "the second start loaded SafkgServer from the archive");
    }

    private void serveAndQuery(String name, Map<String, String> env) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "exec ./safkg serve --port " + port).directory(ROOT.toFile());
        pb.environment().put("SAFKG_STORE", tmp.resolve("tdb2-serve").toString());
        pb.environment().putAll(env);
        pb.redirectOutput(tmp.resolve(name + ".out").toFile()).redirectError(tmp.resolve(name + ".err").toFile());
        Process server = pb.start();
        try {
            String base = "http://127.0.0.1:" + port;
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            boolean up = false;
            for (int i = 0; i < 120 && !up && server.isAlive(); i++) {
                try {
                    up = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/$/ping")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException notYet) {
                    Thread.sleep(500);
                }
            }
            assertTrue(up, "serve did not come up: " + Files.readString(tmp.resolve(name + ".err")));
            Result r = launch("./safkg query who-led --param siteId=S3 --format csv --endpoint " + base + "/safkg/query");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("E17,Charismatic facilitator from the Site 3 CCG,,Site 3"), r.out());
            Result sparql = launch("./safkg sparql 'SELECT ?id { ?s a saf:Site ; dcterms:identifier ?id } ORDER BY ?id' -f csv --endpoint " + base + "/safkg/query");
            assertEquals(0, sparql.code(), sparql.err());
            assertEquals(List.of("id", "S1", "S2", "S3", "S4", "S5", "S6"), sparql.out().lines().toList(), "safkg sparql on a running server");
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }
}
