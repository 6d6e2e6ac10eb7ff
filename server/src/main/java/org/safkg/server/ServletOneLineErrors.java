package org.safkg.server;

import java.nio.charset.Charset;
import java.util.List;

import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What Fuseki's servlets refuse with an HTTP error (a login missing, a write to a read-only service): one plain-text line
 * (see {@link OneLineErrors}), instead of Jetty's HTML error page.
 */
final class ServletOneLineErrors extends ErrorHandler {

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        Content.Sink.write(response, true, OneLineErrors.line(code, message), callback);
        return true;
    }
}
