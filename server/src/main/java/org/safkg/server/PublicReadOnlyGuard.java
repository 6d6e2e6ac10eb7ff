package org.safkg.server;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses (403) anything but a read on the public service, whatever the route: Fuseki would answer
 * an update sent to the dataset URL itself with a 400 (no update endpoint), which reads as a client
 * mistake rather than a refusal.
 */
final class PublicReadOnlyGuard implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (READS.contains(request.getMethod()) || isQuery(request)) {
            chain.doFilter(req, res);
            return;
        }
        RefusedRequests.refuse(request, (HttpServletResponse) res, HttpServletResponse.SC_FORBIDDEN,
                "This dataset is read-only: writes go to /safkg-research (admin login).");
    }

    /** A SPARQL query sent by POST (the protocol allows a query body or a form with query=). */
    private static boolean isQuery(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) return false;
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("application/sparql-query")) return true;
        return type.startsWith("application/x-www-form-urlencoded") && request.getParameter("update") == null
                && request.getParameter("query") != null;
    }
}
