package org.safkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the pages' own CSS and scripts, and the vendored graph library from its webjar, from the
 * classpath: nothing is loaded from another site.
 */
final class AssetServlet extends HttpServlet {
    /** Public names of the webjar files the pages use. */
    private static final Map<String, String> VENDORED = Map.of(
            "/cytoscape.min.js", "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String resource = VENDORED.getOrDefault(path, path.matches("/[a-z0-9-]+\\.(css|js|svg)") ? "safkg/web/assets" + path : null);
        InputStream in = resource == null ? null : AssetServlet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no asset " + path);
            return;
        }
        try (in) {
            res.setContentType(TYPES.get(path.substring(path.lastIndexOf('.') + 1)));
            res.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(res.getOutputStream());
        }
    }
}
