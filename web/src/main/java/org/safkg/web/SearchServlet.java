package org.safkg.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * Text search of the quotes for logged-in researchers, through the researchers' service's Lucene
 * index (text:query; its analyzer is set in fuseki-config/safkg.ttl): hits in rank order with
 * highlighted snippets, linked to the excerpt, its speaker and the episodes it is evidence for. The
 * words are bound as a literal term; the index's highlight markers are turned into marks after
 * escaping, so no text from the graph is ever written as HTML.
 */
final class SearchServlet extends HttpServlet {
    private static final String START = "\u21a6";
    private static final String END = "\u21a4";
    private static final Query SEARCH = QueryFactory.create(Sparql.PREFIXES + """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?x ?score ?snippet ?speaker ?e WHERE {
              (?x ?score ?snippet) text:query (saf:verbatimText ?words 50 "highlight:") .
              OPTIONAL { ?x saf:speaker ?speaker }
              OPTIONAL { ?e saf:evidencedBy ?x }
            } ORDER BY DESC(?score) ?x ?e""");
    private final WebSettings settings;

    SearchServlet(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        SparqlGateway gateway = SparqlGateway.forRequest(req, settings);
        String words = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (!gateway.checkLogin()) {
            Pages.render(res, "search.jte", new SearchPage(false, words, List.of(), null));
            return;
        }
        if (words.isEmpty()) {
            Pages.render(res, "search.jte", new SearchPage(true, words, List.of(), null));
            return;
        }
        SparqlGateway.Rows rows;
        try {
            rows = gateway.select(SEARCH, Map.of("words", NodeFactory.createLiteralString(words)));
        } catch (QueryExceptionHTTP e) {
            Pages.render(res, HttpServletResponse.SC_BAD_REQUEST, "search.jte", new SearchPage(true, words, List.of(),
                    "The search could not be run: use words, \"a phrase\", OR, or a trailing * (Lucene query syntax)."));
            return;
        }
        Set<Node> nodes = new HashSet<>();
        rows.bindings().forEach(b -> rows.vars().forEach(v -> { Node n = rows.get(b, v); if (n != null && n.isURI()) nodes.add(n); }));
        Labels labels = Labels.of(gateway, nodes);
        Map<Node, List<Binding>> byExcerpt = new LinkedHashMap<>();
        rows.bindings().forEach(b -> byExcerpt.computeIfAbsent(rows.get(b, "x"), k -> new ArrayList<>()).add(b));
        List<SearchPage.Hit> hits = new ArrayList<>();
        int rank = 0;
        for (var e : byExcerpt.entrySet()) {
            Binding first = e.getValue().get(0);
            Node speaker = rows.get(first, "speaker");
            List<Value> episodes = e.getValue().stream().map(b -> rows.get(b, "e")).filter(n -> n != null).distinct().map(labels::value).toList();
            hits.add(new SearchPage.Hit(++rank, labels.value(e.getKey()), speaker == null ? null : labels.value(speaker),
                    parts(rows.get(first, "snippet").getLiteralLexicalForm()), episodes));
        }
        Pages.render(res, "search.jte", new SearchPage(true, words, hits, null));
    }

    /** Splits the index's highlighted text at its markers. */
    static List<SearchPage.Part> parts(String highlighted) {
        List<SearchPage.Part> out = new ArrayList<>();
        int i = 0;
        while (i < highlighted.length()) {
            int s = highlighted.indexOf(START, i);
            if (s < 0) {
                out.add(new SearchPage.Part(highlighted.substring(i), false));
                break;
            }
            if (s > i) out.add(new SearchPage.Part(highlighted.substring(i, s), false));
            int e = highlighted.indexOf(END, s + 1);
            if (e < 0) e = highlighted.length();
            out.add(new SearchPage.Part(highlighted.substring(s + 1, e), true));
            i = e + 1;
        }
        return out;
    }
}
