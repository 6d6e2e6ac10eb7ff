package org.safkg.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before any of the server's handlers (e.g. a path with an encoded {@code ..}, a malformed
 * request): one plain-text line, as the request gate refuses, instead of Jetty's HTML error page.
 */
final class OneLineErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        RequestGate.securityHeaders(response);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        Content.Sink.write(response, true, line(response.getStatus(), request.getAttribute(ERROR_MESSAGE)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        return ByteBuffer.wrap(line(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code Refused (400): Ambiguous URI path segment.} on one line, whatever the message held. */
    static String line(int status, Object message) {
        String why = message == null ? HttpStatus.getMessage(status) : message.toString().replaceAll("\\s+", " ").strip();
        return "Refused (" + status + "): " + why + (why.endsWith(".") ? "" : ".") + "\n";
    }
}
