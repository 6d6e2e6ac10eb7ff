package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin API as {@code serve --admin} turns it on: the admin login manages the server, anyone else is refused with
 * one line, the path tricks and cross-site writes refused when the API is off are refused when it is on, and nothing a
 * refused request asks for happens.
 */
class AdminApiOnTest {
    static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.withAdminApi();
    }

    @AfterAll
    static void stop() {
        s.server.close();
        s.store.close();
    }

    @Test
    void theAdminApiIsRefusedOnAnAddressOtherThanLoopback() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SafkgServer.Settings(Path.of("c.ttl"), Path.of("tdb2"),
                Path.of("index"), Path.of("passwd"), Path.of("run"), "0.0.0.0", 3030, true));
        assertEquals("--admin serves the admin API on the loopback address only: drop --host 0.0.0.0 or --admin", e.getMessage());
    }

    @Test
    void onlyTheAdminLoginReadsTheAdminApi() {
        for (String path : List.of("/$/stats", "/$/tasks", "/$/backups-list", "/$/stats/safkg-research")) {
            for (String user : new String[] {null, "researcher"}) {
                HttpResponse<String> r = s.send("GET", path, null, null, user);
                assertEquals(403, r.statusCode(), path + " as " + user);
                assertEquals("The admin API needs the admin login.\n", r.body(), path + " as " + user);
            }
            assertEquals(200, s.send("GET", path, null, null, "admin").statusCode(), path + " as admin");
        }
        assertTrue(s.send("GET", "/$/stats", null, null, "admin").body().contains("\"/safkg-research\""));
    }

    @Test
    void aDatasetIsCreatedOnlyByTheAdmin() {
        for (String user : new String[] {null, "researcher"}) {
            HttpResponse<String> r = s.send("POST", "/$/datasets?dbName=made-by-" + (user == null ? "anyone" : user) + "&dbType=mem", null, "", user);
            assertEquals(403, r.statusCode(), "as " + user);
        }
        String datasets = s.send("GET", "/$/datasets", null, null, null).body();
        assertFalse(datasets.contains("made-by-"), datasets);
        // from a program (no Origin) with a form body the admin's write is a cross-site write as far as the server can tell
        HttpResponse<String> noOrigin = s.send("POST", "/$/datasets?dbName=made-by-admin&dbType=mem", "application/x-www-form-urlencoded", "", "admin");
        assertEquals(403, noOrigin.statusCode());
        assertEquals("A write with a login must come from this server's own pages (Origin) or with a SPARQL or RDF content type.\n", noOrigin.body());
        // from the server's own page (the Fuseki UI sends its Origin) it is the admin managing the server
        assertEquals(200, withOrigin("POST", "/$/datasets?dbName=made-by-admin&dbType=mem", s.server.port()).statusCode());
        assertTrue(s.send("GET", "/$/datasets", null, null, null).body().contains("\"/made-by-admin\""));
    }

    @Test
    void pathTricksAreRefusedBeforeRoutingEvenForTheAdmin() {
        long before = quads();
        for (String path : List.of("/$/validate/../datasets?dbName=x&dbType=mem", "/$/validate/%2e%2e/datasets?dbName=x&dbType=mem",
                "/safkg/../$/datasets?dbName=x&dbType=mem", "/$//datasets?dbName=x&dbType=mem", "/$/datasets;x=y?dbName=x&dbType=mem")) {
            HttpResponse<String> r = s.send("POST", path, "application/sparql-update", "", "admin");
            assertEquals(400, r.statusCode(), path);
            assertTrue(r.body().lines().count() == 1 && !r.body().contains("Exception"), path + ": " + r.body());
        }
        // Jetty refuses an encoded '..' before the gate sees it: in one line too, with the headers every response carries
        HttpResponse<String> encoded = s.send("POST", "/$/validate/%2e%2e/datasets?dbName=x&dbType=mem", "application/sparql-update", "", "admin");
        assertEquals("Refused (400): Ambiguous URI path segment.\n", encoded.body());
        assertEquals("text/plain;charset=utf-8", encoded.headers().firstValue("Content-Type").orElse(null));
        assertEquals("nosniff", encoded.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertFalse(s.send("GET", "/$/datasets", null, null, null).body().contains("\"/x\""));
        assertEquals(before, quads(), "the store is as it was");
    }

    @Test
    void aWriteFromAForeignPageIsRefusedEvenForTheAdmin() {
        HttpRequest r = HttpRequest.newBuilder(URI.create(s.url("/$/datasets?dbName=foreign&dbType=mem"))).timeout(Duration.ofSeconds(30))
                .header("Authorization", s.login("admin").header()).header("Origin", "http://attacker.example")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = send(r);
        assertEquals(403, response.statusCode());
        assertFalse(s.send("GET", "/$/datasets", null, null, null).body().contains("\"/foreign\""));
    }

    private static HttpResponse<String> withOrigin(String method, String path, int port) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", s.login("admin").header()).header("Origin", "http://127.0.0.1:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.noBody()).build();
        return send(r);
    }

    private static HttpResponse<String> send(HttpRequest r) {
        try {
            return s.http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long quads() {
        return Txn.calculateRead(s.store.datasetGraph(), () -> s.store.datasetGraph().stream().count());
    }
}
