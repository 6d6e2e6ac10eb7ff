package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Password guessing spread over many user names is throttled by address: after 20 failed logins from one address in a
 * minute, every login from it is refused with 429, the right one included, though no user failed 5 times.
 */
class AddressThrottlingTest {
    static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.fresh(); // the address ends up throttled: a server of its own
    }

    @AfterAll
    static void stop() {
        s.server.close();
        s.store.close();
    }

    @Test
    void twentyFailuresUnderAsManyNamesThrottleTheAddress() throws Exception {
        for (int i = 1; i < RequestGate.FAILURES_PER_ADDRESS; i++) {
            assertEquals(401, ask("guess-" + i, "wrong").statusCode(), "failure " + i);
        }
        // 19 failures, none a user's fifth: the right login still passes
        assertEquals(200, ask("researcher", s.logins.get("researcher")).statusCode());
        assertEquals(401, ask("guess-" + RequestGate.FAILURES_PER_ADDRESS, "wrong").statusCode());
        for (String user : new String[] {"researcher", "admin", "someone-new"}) {
            String password = s.logins.getOrDefault(user, "wrong");
            HttpResponse<String> r = ask(user, password);
            assertEquals(429, r.statusCode(), user);
            assertEquals("60", r.headers().firstValue("Retry-After").orElse(null), user);
            assertEquals("Too many failed logins: try again in a minute.\n", r.body(), user);
        }
        // a query without a login is not a login: the public endpoint still answers
        assertEquals(200, s.send("POST", "/safkg/query", "application/sparql-query", "ASK {}", null).statusCode());
    }

    private static HttpResponse<String> ask(String user, String password) throws Exception {
        String header = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.url("/safkg-research/query")))
                .header("Content-Type", "application/sparql-query").header("Authorization", header)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("ASK {}")).build();
        return s.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
