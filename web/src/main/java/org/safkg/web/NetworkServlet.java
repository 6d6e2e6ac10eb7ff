package org.safkg.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.safkg.query.CompetencyQuery;

/**
 * The pictures: /network/ lists the networks and shows Table 1 as a chart; /network/{path of a site or
 * study} shows that leadership network (Cytoscape.js, vendored), ?format=json gives its elements and
 * ?format=svg a static SVG of it for papers.
 */
final class NetworkServlet extends HttpServlet {
    private static final Query SCOPES = QueryFactory.create(Sparql.PREFIXES + """
            SELECT ?x ?kind (SAMPLE(?l) AS ?label) WHERE {
              { ?x a saf:Study . BIND ("study" AS ?kind) OPTIONAL { ?x dcterms:title ?l } }
              UNION { ?x a saf:Site . BIND ("site" AS ?kind) OPTIONAL { ?x rdfs:label ?l } FILTER EXISTS { ?e saf:atSite ?x } }
            } GROUP BY ?x ?kind ORDER BY ?kind ?label""");
    private static final Query KIND = QueryFactory.create(Sparql.PREFIXES
            + "SELECT ?t WHERE { ?x a ?t . VALUES ?t { saf:Site saf:Study } }");
    private final WebSettings settings;

    NetworkServlet(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        SparqlGateway gateway = SparqlGateway.forRequest(req, settings);
        if (path.equals("/")) {
            index(res, gateway);
            return;
        }
        Node scope = NodeFactory.createURI(LinkedDataPaths.iriOf(path));
        var kind = gateway.select(KIND, Map.of("x", scope));
        if (kind.bindings().isEmpty()) {
            Pages.render(res, HttpServletResponse.SC_NOT_FOUND, "not-found.jte",
                    new NotFoundPage(gateway.researcher(), "a network of " + path, scope.getURI() + " (a site or a study; see /network/)"));
            return;
        }
        boolean site = kind.get(kind.bindings().get(0), "t").getURI().endsWith("#Site");
        LeadershipNetwork net = LeadershipNetwork.of(gateway, scope, site);
        String format = req.getParameter("format");
        if ("json".equals(format)) {
            res.setContentType("application/json;charset=utf-8");
            res.getWriter().write(JSON.toStringFlat(net.toJson()));
            return;
        }
        if ("svg".equals(format)) {
            res.setContentType("image/svg+xml;charset=utf-8");
            res.getWriter().write(NetworkSvg.render(net, Labels.of(gateway, List.of(scope)).label(scope)));
            return;
        }
        Labels labels = Labels.of(gateway, List.of(scope));
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        for (String k : List.of("episode", "leader", "role", "skill", "authority", "position", "attribute", "characteristic", "condition", "organisation")) {
            groups.put(k, new ArrayList<>());
        }
        net.nodes.forEach(n -> groups.get(n.kind()).add(new Value(n.label(), n.href())));
        List<NetworkPage.Group> gs = new ArrayList<>();
        groups.forEach((k, vs) -> {
            if (!vs.isEmpty()) gs.add(new NetworkPage.Group(k, vs.stream().sorted((a, b) -> a.text().compareToIgnoreCase(b.text())).toList()));
        });
        String label = labels.label(scope);
        Pages.render(res, "network.jte", new NetworkPage(gateway.researcher(), "Leadership network: " + label, labels.value(scope),
                "/network" + path + "?format=json", "/network" + path + "?format=svg", gs, net.edges.size()));
    }

    private void index(HttpServletResponse res, SparqlGateway gateway) throws IOException {
        var rows = gateway.select(SCOPES, Map.of());
        List<Link> studies = new ArrayList<>();
        List<Link> sites = new ArrayList<>();
        rows.bindings().forEach(b -> {
            String iri = rows.get(b, "x").getURI();
            Node l = rows.get(b, "label");
            Link link = new Link(l == null ? iri : l.getLiteralLexicalForm(), "/network" + LinkedDataPaths.pathOf(iri).orElse("/"));
            ("site".equals(rows.get(b, "kind").getLiteralLexicalForm()) ? sites : studies).add(link);
        });
        List<PicturesPage.Bar> bars = new ArrayList<>();
        long max = 0;
        CompetencyQuery table1 = settings.queries().find("respondents-by-type").orElse(null);
        if (table1 != null) {
            var t = gateway.select(QueryFactory.create(table1.sparql()), Map.of());
            // with several studies in the store, each bar says whose respondents it counts
            boolean severalStudies = t.bindings().stream().map(b -> t.get(b, "study")).distinct().count() > 1;
            for (var b : t.bindings()) {
                long i = number(t.get(b, "interviewed"));
                long f = number(t.get(b, "inFocusGroups"));
                String type = t.get(b, "respondentType").getLiteralLexicalForm();
                bars.add(new PicturesPage.Bar(severalStudies ? type + " (" + t.get(b, "study").getLiteralLexicalForm() + ")" : type, i, f));
                max = Math.max(max, Math.max(i, f));
            }
        }
        Pages.render(res, "pictures.jte", new PicturesPage(gateway.researcher(), studies, sites, bars, max));
    }

    private static long number(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
