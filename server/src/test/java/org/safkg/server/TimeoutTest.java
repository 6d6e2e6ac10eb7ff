package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The configured query timeouts (10 s to the first result, 60 s overall): a pathological query is
 * cancelled with an error, and meanwhile another client's simple query still answers quickly.
 */
class TimeoutTest {
    /** A cross product of the whole store with itself three times, counted: no first result for far longer than 10 s. */
    private static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String SIMPLE = "PREFIX saf: <https://w3id.org/safkg/ontology#> SELECT (COUNT(?e) AS ?n) { ?e a saf:LeadershipEpisode }";

    @Test
    void anExpensiveQueryTimesOutWhileASimpleOneStillAnswers() throws Exception {
        TestServer s = TestServer.get();
        Instant start = Instant.now();
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> s.select("safkg", EXPENSIVE, null));
        Thread.sleep(1500);
        // while the expensive query runs, a simple one answers (no wall-clock bound here: the machine's speed is not the point,
        // that it answers before the expensive one ends is)
        HttpResponse<String> quick = s.select("safkg", SIMPLE, null);
        assertEquals(200, quick.statusCode(), quick.body());
        assertEquals(List.of("n", "19"), quick.body().lines().map(String::strip).toList());
        assertTrue(!slow.isDone(), "the expensive query should still be running");

        HttpResponse<String> timedOut = slow.get(40, TimeUnit.SECONDS);
        Duration took = Duration.between(start, Instant.now());
        assertEquals(503, timedOut.statusCode(), "status of a timed-out query: " + timedOut.body());
        assertTrue(timedOut.body().toLowerCase().contains("timeout") || timedOut.body().toLowerCase().contains("timed out"), timedOut.body());
        assertTrue(took.toSeconds() >= 9, "cancelled after " + took.toSeconds() + " s: not before the 10 s limit to the first result");
        // and the server goes on answering
        assertEquals(200, s.select("safkg", SIMPLE, null).statusCode());
    }
}
