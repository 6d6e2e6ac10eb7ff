package org.safkg.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL Update's {@code LOAD} reads only http(s) sources on this server: {@code LOAD <file:///...>} would put any file
 * the server can read into a graph (and so into an answer). Even the admin login does not open local files.
 */
final class UpdateGuard implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        String text = null;
        HttpServletRequest passed = request;
        if (type.startsWith("application/sparql-update")) {
            byte[] body = request.getInputStream().readAllBytes();
            text = new String(body, StandardCharsets.UTF_8);
            passed = new CachedBody(request, body);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            text = request.getParameter("update");
        }
        if (text != null && loadsALocalFile(text)) {
            RefusedRequests.refuse(passed, (HttpServletResponse) res, HttpServletResponse.SC_FORBIDDEN,
                    "LOAD reads only http(s) sources on this server: push files with ./safkg load --to, or GSP PUT.");
            return;
        }
        chain.doFilter(passed, res);
    }

    static boolean loadsALocalFile(String update) {
        UpdateRequest u;
        try {
            u = UpdateFactory.create(update);
        } catch (QueryParseException e) {
            return false; // Fuseki answers the syntax error itself (400)
        }
        for (Update op : u) {
            if (op instanceof UpdateLoad load) {
                String source = load.getSource().toLowerCase(Locale.ROOT);
                if (!(source.startsWith("http://") || source.startsWith("https://"))) return true;
            }
        }
        return false;
    }

    /** The request with its body already read, served again from memory. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }
}
