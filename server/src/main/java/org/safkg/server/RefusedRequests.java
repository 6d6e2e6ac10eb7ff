package org.safkg.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses a request cleanly: reads what is left of a small body first, so that the client's kept-alive connection stays usable. */
final class RefusedRequests {
    /** Bodies larger than this are not read: the connection is closed instead. */
    private static final long MAX_DRAINED = 1 << 20;

    private RefusedRequests() {}

    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        long length = request.getContentLengthLong();
        if (length >= 0 && length <= MAX_DRAINED) {
            try (InputStream in = request.getInputStream()) {
                in.skipNBytes(length);
            } catch (IOException | IllegalStateException e) {
                // already read (a form's parameters) or the client went away: answer all the same, on a closed connection
                // (returning here answered a refused form update with an empty 200)
                response.setHeader("Connection", "close");
            }
        } else if (length > MAX_DRAINED || length < 0 && request.getHeader("Transfer-Encoding") != null) {
            response.setHeader("Connection", "close");
        }
        response.sendError(status, message);
    }
}
