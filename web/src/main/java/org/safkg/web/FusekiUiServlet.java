package org.safkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Fuseki UI under /sparql-ui/, since SAF-KG's home page takes /. The UI's files come from the
 * jena-fuseki-ui jar; the UI sends its API calls relative to its own path (/sparql-ui/$/ping,
 * /sparql-ui/safkg/query), and those are redirected with 307 (method and body kept) to the real
 * routes, where the server's own guards apply. For a visitor without a login the page carries a style
 * sheet that hides the write actions (upload, edit, new dataset), which the server refuses anyway.
 */
final class FusekiUiServlet extends HttpServlet {
    static final String PATH = "/sparql-ui/";
    private static final String UI = "webapp";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String rest = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (req.getPathInfo() == null) {
            res.sendRedirect(req.getContextPath() + PATH);
            return;
        }
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (read && (rest.equals("/") || rest.equals("/index.html"))) {
            index(req, res);
            return;
        }
        if (read && (rest.startsWith("/static/") || rest.equals("/favicon.ico")) && !rest.contains("..")) {
            InputStream in = FusekiUiServlet.class.getClassLoader().getResourceAsStream(UI + rest);
            if (in == null) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND, "no UI file " + rest);
                return;
            }
            try (in) {
                res.setContentType(rest.endsWith(".js") ? "text/javascript" : rest.endsWith(".css") ? "text/css" : "image/x-icon");
                in.transferTo(res.getOutputStream());
            }
            return;
        }
        String target = req.getContextPath() + rest + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        res.setStatus(307);
        res.setHeader("Location", target);
    }

    private void index(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String html;
        try (InputStream in = FusekiUiServlet.class.getClassLoader().getResourceAsStream(UI + "/index.html")) {
            if (in == null) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND, "the Fuseki UI (jena-fuseki-ui) is not on the class path");
                return;
            }
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String extra = "<link rel=\"stylesheet\" href=\"/assets/fuseki-ui.css\">";
        if (req.getHeader("Authorization") == null) extra += "<link rel=\"stylesheet\" href=\"/assets/fuseki-ui-read-only.css\">";
        html = html.replace("</head>", extra + "</head>");
        res.setContentType("text/html;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.getWriter().write(html);
    }
}
