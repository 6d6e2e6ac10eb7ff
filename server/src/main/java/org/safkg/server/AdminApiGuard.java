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
 * Makes the Fuseki admin API ({@code /$/...}) read-only: embedded, the admin module lets anyone add,
 * delete, back up or compact datasets. Only reads pass, and the UI's own syntax validators.
 */
public final class AdminApiGuard implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String VALIDATORS = "/$/validate/";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (READS.contains(request.getMethod()) || path.startsWith(VALIDATORS)) {
            chain.doFilter(req, res);
            return;
        }
        RefusedRequests.refuse(request, (HttpServletResponse) res, HttpServletResponse.SC_FORBIDDEN,
                "The admin API is read-only on this server: change data with ./safkg load, or as admin on /safkg-research.");
    }
}
