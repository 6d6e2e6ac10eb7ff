package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's commands, run as they are written: {@code safkg serve} on an empty store loads the
 * bundled study, creates the password file and serves the UI; {@code safkg query NAME --endpoint URL}
 * then gives the query's expected rows over HTTP.
 */
class ServeCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("safkg.root", "..")).toAbsolutePath().normalize();

    @Test
    void serveThenQueryOverHttp() throws Exception {
        Path home = Files.createTempDirectory(ROOT.resolve("cli/target"), "home-");
        for (String dir : List.of("data", "queries", "fuseki-config")) copy(ROOT.resolve(dir), home.resolve(dir));
        System.setProperty("safkg.home", home.toString());
        StringWriter served = new StringWriter();
        Thread serve = new Thread(() -> SafkgCommand.execute(new PrintWriter(served, true), new PrintWriter(new StringWriter(), true), "serve", "--port", "0"));
        serve.setDaemon(true); // stopped by its shutdown hook when the test JVM ends
        serve.start();
        Matcher url = null;
        for (int i = 0; i < 240 && (url == null || !url.find()); i++) {
            Thread.sleep(250);
            url = Pattern.compile("SAF-KG is served at (http://localhost:\\d+)/").matcher(served.toString());
        }
        assertTrue(url != null && url.find(0), "serve did not start: " + served);
        String base = url.group(1);
        assertTrue(served.toString().contains("Created the password file " + home.resolve("run/passwd")), served.toString());
        assertTrue(Files.readString(home.resolve("run/passwd")).matches("(?s)#[^\n]*\nresearcher: \\S{20,}\nadmin: \\S{20,}\n"));

        HttpResponse<String> front = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, front.statusCode());
        assertTrue(front.body().contains("<h1>SAF-KG: who led, through what, under which conditions</h1>"), "SAF-KG's home page");
        HttpResponse<String> ui = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sparql-ui/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Apache Jena Fuseki"), "the UI's page, moved under /sparql-ui/");

        StringWriter out = new StringWriter();
        int code = SafkgCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "query", "who-led", "--param", "siteId=S3", "--endpoint", base + "/safkg/query", "-f", "csv");
        assertEquals(0, code);
        String expected = Files.readString(ROOT.resolve("queries/who-led.expected.siteId=S3.csv"), StandardCharsets.UTF_8);
        assertEquals(expected.strip().lines().toList(), out.toString().strip().lines().map(String::strip).toList());
    }

    /** Ctrl-C (SIGINT) and SIGTERM run the same shutdown hook: the server stops and the store reopens with its data. */
    @Test
    void stoppingTheServerLeavesTheStoreConsistent() throws Exception {
        Path home = Files.createTempDirectory(ROOT.resolve("cli/target"), "home-");
        Process p = serveInItsOwnJvm(home);
        try {
            assertTrue(Files.readString(home.resolve("serve.out")).contains("Ctrl-C stops the server."), Files.readString(home.resolve("serve.out")));
            // one request: one log line (method, path, status, time), and no query text anywhere in the logs
            Matcher url = Pattern.compile("SAF-KG is served at (http://localhost:\\d+)/").matcher(Files.readString(home.resolve("serve.out")));
            assertTrue(url.find());
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url.group(1) + "/safkg/query")).header("Content-Type", "application/sparql-query")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("ASK { ?s <urn:x-query-text-marker> ?o }")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            Thread.sleep(500);
            List<String> lines = Files.readAllLines(home.resolve("logs/safkg-server.log")).stream().filter(l -> l.contains("/safkg/query")).toList();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).matches(".* INFO .*requests - POST /safkg/query 200 \\d+ ms"), lines.get(0));
            assertFalse(Files.readString(home.resolve("logs/safkg-server.log")).contains("x-query-text-marker"), "the query text is not logged");
            assertFalse(Files.exists(home.resolve("logs/safkg-queries.log")), "the query log is off by default");
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the server did not stop on SIGINT");
        } finally {
            p.destroyForcibly();
        }
        assertTrue(Files.readString(home.resolve("serve.out")).contains("Stop Fuseki"), "a clean stop is logged");
        assertTrue(Files.readString(home.resolve("logs/safkg-server.log")).contains("Stop Fuseki"), "and written to the rolling log file");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        System.setProperty("safkg.home", home.toString());
        assertEquals(0, SafkgCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "query", "respondent-totals", "-f", "csv"));
        assertEquals("", err.toString(), "the store was not empty, so nothing was reloaded");
        assertEquals(Files.readString(ROOT.resolve("queries/respondent-totals.expected.csv")).strip().lines().toList(),
                out.toString().strip().lines().map(String::strip).toList());
    }

    /** --query-log keeps each query's text, in its own file only; the request log stays one line without it. */
    @Test
    void theQueryLogKeepsQueryTextsInItsOwnFileWhenAskedFor() throws Exception {
        Path home = Files.createTempDirectory(ROOT.resolve("cli/target"), "home-");
        Process p = serveInItsOwnJvm(home, "--query-log");
        try {
            Matcher url = Pattern.compile("SAF-KG is served at (http://localhost:\\d+)/").matcher(Files.readString(home.resolve("serve.out")));
            assertTrue(url.find(), Files.readString(home.resolve("serve.out")));
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1) + "/safkg/query"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s <urn:x-query-log-marker> ?o }")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            Path queries = home.resolve("logs/safkg-queries.log");
            for (int i = 0; i < 40 && !(Files.exists(queries) && Files.readString(queries).contains("x-query-log-marker")); i++) Thread.sleep(250);
            assertTrue(Files.readString(queries).contains("ASK { ?s <urn:x-query-log-marker> ?o }"), Files.readString(queries));
            assertFalse(Files.readString(home.resolve("logs/safkg-server.log")).contains("x-query-log-marker"), "not in the server log");
            assertFalse(Files.readString(home.resolve("serve.out")).contains("x-query-log-marker"), "nor on the console");
        } finally {
            p.destroy();
            p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    /** {@code safkg serve --port 0 EXTRA...} in a JVM of its own with HOME as its repository, once it says it is serving. */
    private static Process serveInItsOwnJvm(Path home, String... extra) throws IOException, InterruptedException {
        for (String dir : List.of("data", "queries", "fuseki-config")) copy(ROOT.resolve(dir), home.resolve(dir));
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Dsafkg.home=" + home, SafkgCommand.class.getName(), "serve", "--port", "0"));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve("serve.out").toFile()).start();
        for (int i = 0; i < 240 && !Files.readString(home.resolve("serve.out")).contains("Ctrl-C stops the server."); i++) Thread.sleep(250);
        return p;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
