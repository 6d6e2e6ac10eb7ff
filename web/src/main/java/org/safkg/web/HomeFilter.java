package org.safkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * Answers GET / with SAF-KG's home page. A filter rather than a servlet: the Fuseki UI module
 * serves its static files from / (its default servlet), and only the root itself is taken over; the
 * UI moves to /sparql-ui/ ({@link FusekiUiServlet}).
 */
final class HomeFilter implements Filter {
    private static final Query COUNTS = QueryFactory.create(Sparql.PREFIXES + """
            SELECT ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {
              VALUES (?order ?class ?label) {
                (1 saf:Study "studies") (2 saf:Site "sites") (3 saf:LeadershipEpisode "leadership episodes")
                (4 saf:Person "actors (pseudonymous)") (4 saf:Respondent "actors (pseudonymous)") (4 saf:ActorGroup "actors (pseudonymous)") (4 saf:FocusGroup "actors (pseudonymous)") (5 saf:Excerpt "excerpts (quotes)") (6 saf:AuthorStatement "authors' statements")
                (7 skos:Concept "concepts") (8 skos:ConceptScheme "concept schemes")
              }
              OPTIONAL { ?x a ?class }
            } GROUP BY ?order ?label ORDER BY ?order""");
    private static final Query STUDIES = QueryFactory.create(Sparql.PREFIXES + """
            SELECT ?study (SAMPLE(?t) AS ?title) WHERE { ?study a saf:Study . OPTIONAL { ?study dcterms:title ?t } }
            GROUP BY ?study ORDER BY ?title""");
    private static final String PATTERN_SVG = resource("safkg/web/episode-pattern.svg");
    private final WebSettings settings;

    HomeFilter(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/") || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(req, res);
            return;
        }
        if (LoginRenewalFilter.needsLogin(request)) {
            LoginRenewalFilter.challenge((HttpServletResponse) res);
            return;
        }
        SparqlGateway gateway = SparqlGateway.forRequest(request, settings);
        List<HomePage.Count> counts = new ArrayList<>();
        var rows = gateway.select(COUNTS, Map.of());
        rows.bindings().forEach(b -> counts.add(new HomePage.Count(rows.get(b, "label").getLiteralLexicalForm(),
                Long.parseLong(rows.get(b, "n").getLiteralLexicalForm()))));
        List<Link> studies = new ArrayList<>();
        var s = gateway.select(STUDIES, Map.of());
        s.bindings().forEach(b -> {
            String iri = s.get(b, "study").getURI();
            var title = s.get(b, "title");
            studies.add(new Link(title != null ? title.getLiteralLexicalForm() : iri, LinkedDataPaths.pathOf(iri).orElse(iri)));
        });
        Pages.render((HttpServletResponse) res, "home.jte", new HomePage(gateway.researcher(), counts, studies, PATTERN_SVG));
    }

    static String resource(String name) {
        try (InputStream in = HomeFilter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
