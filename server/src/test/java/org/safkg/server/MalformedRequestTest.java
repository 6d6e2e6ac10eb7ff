package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Requests Jetty refuses while parsing them, before any handler (a header line without a colon, a bad request line, a
 * control character in a header): a 400 with one plain-text line, as every other refusal ({@link OneLineErrors}).
 */
class MalformedRequestTest {
    private final TestServer s = TestServer.get();

    @Test
    void aRequestJettyCannotParseIsRefusedInOneLine() throws Exception {
        for (String raw : List.of("GET /safkg/query HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n",
                "GET /safkg/query HTTP/9.9\r\nHost: localhost\r\n\r\n",
                "GET /safkg/query HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0001b\r\n\r\n")) {
            String response = send(raw);
            String what = raw.lines().toList().toString();
            // 400, or 505 for an HTTP version the server does not speak (the status HTTP defines for it)
            assertTrue(response.startsWith("HTTP/1.1 4") || response.startsWith("HTTP/1.1 505 "), what + ": " + response);
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            assertTrue(body.startsWith("Refused (4") || body.startsWith("Refused (505)"), what + ": " + body);
            assertEquals(1, body.strip().lines().count(), what + ": " + body);
            assertTrue(response.toLowerCase().contains("content-type: text/plain"), what + ": " + response);
        }
    }

    private String send(String raw) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
