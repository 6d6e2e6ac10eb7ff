package org.safkg.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;

/**
 * Serves the competency queries: /queries/ lists them with their questions and a link that opens
 * each in the Fuseki UI's query editor (at /sparql-ui/) (the UI has no configurable examples in 5.6.0, but takes a
 * ?query= parameter); /queries/NAME.rq returns the query text.
 */
final class QueryIndexServlet extends HttpServlet {
    /** The dataset the UI links open, i.e. the public service. */
    static final String DATASET = "safkg";
    private final QueryCatalog catalog;

    QueryIndexServlet(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) {
            res.setContentType("text/html;charset=utf-8");
            res.getWriter().write(index(req.getContextPath()));
            return;
        }
        String name = path.substring(1).replaceFirst("\\.rq$", "");
        var q = catalog.find(name);
        if (q.isEmpty() || !path.endsWith(".rq")) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no competency query " + path.substring(1) + "; see " + SafkgFusekiModule.QUERIES_PATH);
            return;
        }
        res.setContentType("application/sparql-query;charset=utf-8");
        res.getWriter().write(q.get().sparql());
    }

    private String index(String contextPath) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>SAF-KG competency queries</title></head><body>\n"
                + "<h1>SAF-KG competency queries</h1>\n<p>Each link opens the query in the Fuseki query editor on the public dataset /"
                + DATASET + "; press the run button there. Parameters are optional variables: bind them with VALUES, or use "
                + "<code>./safkg query NAME --param KEY=VALUE --endpoint URL</code>.</p>\n<table>\n");
        for (CompetencyQuery q : catalog.all().values()) {
            String editor = contextPath + "/sparql-ui/#/dataset/" + DATASET + "/query?query=" + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8).replace("+", "%20");
            html.append("<tr><td><a class=\"open-query\" id=\"query-").append(esc(q.name())).append("\" href=\"").append(esc(editor)).append("\">")
                    .append(esc(q.name())).append("</a></td><td>").append(esc(q.question()))
                    .append("</td><td><a href=\"").append(esc(q.name())).append(".rq\">.rq</a></td></tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    /** HTML escaping by hand: the standalone jena-fuseki-server jar, which loads this module, has no commons-text. */
    private static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
