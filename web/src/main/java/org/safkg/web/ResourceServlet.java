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

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.safkg.vocab.Namespaces;
import org.safkg.vocab.SAF;

/**
 * The Linked Data pages of the minted IRIs https://w3id.org/safkg/{study,concept,graph}/...: the
 * resource's own triples in the RDF format asked for (200 with Vary: Accept, at the IRI's own path;
 * no 303), or its HTML page with labelled links, the links to it, and for an episode the whole
 * pattern. An IRI the visitor's graph says nothing about is a 404 with a page that says where to look.
 */
final class ResourceServlet extends HttpServlet {
    private static final Query OUTGOING = QueryFactory.create("SELECT ?p ?o WHERE { ?r ?p ?o }");
    private static final Query INCOMING = QueryFactory.create("SELECT ?s ?p WHERE { ?s ?p ?r } LIMIT 2000");
    private static final Query TRIPLES = QueryFactory.create("CONSTRUCT { ?r ?p ?o } WHERE { ?r ?p ?o }");
    private static final Query EVIDENCE = QueryFactory.create(Sparql.PREFIXES + """
            SELECT ?x ?speaker ?section ?text WHERE {
              ?r saf:evidencedBy ?x .
              OPTIONAL { ?x saf:speaker ?speaker }
              OPTIONAL { ?x saf:sourceSection ?section }
              OPTIONAL { ?x saf:verbatimText ?text }
            } ORDER BY ?x""");
    private static final Query CODES = QueryFactory.create(Sparql.PREFIXES
            + "SELECT DISTINCT ?c WHERE { ?a oa:hasTarget ?r ; oa:hasBody ?c } ORDER BY ?c");
    private static final Query CODED = QueryFactory.create(Sparql.PREFIXES
            + "SELECT DISTINCT ?x WHERE { ?a oa:hasBody ?r ; oa:hasTarget ?x } ORDER BY ?x");
    /** The parts of the episode pattern, in the order a reader asks about them. */
    private static final Map<String, List<String>> PATTERN = new LinkedHashMap<>();
    static {
        PATTERN.put("Who led", List.of("leader"));
        PATTERN.put("In which role", List.of("inRole"));
        PATTERN.put("Through what", List.of("drewOnSkill", "drewOnAuthority", "positionBasis", "drewOnAttribute", "showedCharacteristic"));
        PATTERN.put("Enabled by", List.of("enabledBy"));
        PATTERN.put("Constrained by", List.of("constrainedBy"));
        PATTERN.put("Leadership process", List.of("exemplifiesProcess"));
        PATTERN.put("Where", List.of("atSite", "atScale", "withinIntervention"));
        PATTERN.put("When", List.of("when"));
        PATTERN.put("Outcome", List.of("outcome"));
    }

    private final WebSettings settings;

    ResourceServlet(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Node r = NodeFactory.createURI(LinkedDataPaths.iriOf(path));
        SparqlGateway gateway = SparqlGateway.forRequest(req, settings);
        res.setHeader("Vary", "Accept, Authorization");
        if (RdfFormats.unknownFormat(req) || RdfFormats.acceptsNone(req)) {
            Pages.refuse(res, HttpServletResponse.SC_NOT_ACCEPTABLE, "offered: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples (or ?format=ttl|jsonld|rdf|nt)");
            return;
        }
        Lang lang = RdfFormats.choose(req);
        if (lang != null) {
            Graph g = gateway.construct(TRIPLES, Map.of("r", r));
            if (g.isEmpty()) {
                res.setStatus(HttpServletResponse.SC_NOT_FOUND);
                res.setContentType("text/plain;charset=utf-8");
                res.getWriter().write("No triples about " + r.getURI() + " here. Start at / or /ontology.\n");
                return;
            }
            g.getPrefixMapping().setNsPrefixes(Namespaces.all());
            res.setContentType(lang.getContentType().getContentTypeStr() + ";charset=utf-8");
            if (lang == Lang.TURTLE) RDFDataMgr.write(res.getOutputStream(), g, RDFFormat.TURTLE_PRETTY);
            else RDFDataMgr.write(res.getOutputStream(), g, lang);
            return;
        }
        ResourcePage page = page(gateway, r, path);
        if (page == null) {
            Pages.render(res, HttpServletResponse.SC_NOT_FOUND, "not-found.jte", new NotFoundPage(gateway.researcher(), path, r.getURI()));
            return;
        }
        Pages.render(res, "resource.jte", page);
    }

    private ResourcePage page(SparqlGateway gateway, Node r, String path) {
        var out = gateway.select(OUTGOING, Map.of("r", r));
        var in = gateway.select(INCOMING, Map.of("r", r));
        if (out.bindings().isEmpty() && in.bindings().isEmpty()) return null;
        var evidence = gateway.select(EVIDENCE, Map.of("r", r));
        var codes = gateway.select(CODES, Map.of("r", r));
        var coded = gateway.select(CODED, Map.of("r", r));
        Set<Node> nodes = new HashSet<>();
        nodes.add(r);
        out.bindings().forEach(b -> { nodes.add(out.get(b, "p")); nodes.add(out.get(b, "o")); });
        in.bindings().forEach(b -> { nodes.add(in.get(b, "s")); nodes.add(in.get(b, "p")); });
        evidence.bindings().forEach(b -> { nodes.add(evidence.get(b, "x")); if (evidence.get(b, "speaker") != null) nodes.add(evidence.get(b, "speaker")); });
        codes.bindings().forEach(b -> nodes.add(codes.get(b, "c")));
        coded.bindings().forEach(b -> nodes.add(coded.get(b, "x")));
        Labels labels = Labels.of(gateway, nodes);

        Map<Node, List<Value>> byProperty = new LinkedHashMap<>();
        List<Value> types = new ArrayList<>();
        String quote = null;
        boolean excerpt = false;
        boolean episode = false;
        for (Binding b : out.bindings()) {
            Node p = out.get(b, "p");
            Node o = out.get(b, "o");
            if (p.equals(RDF.type.asNode())) {
                types.add(labels.value(o));
                if (o.getURI().equals(SAF.Excerpt.getURI())) excerpt = true;
                if (o.getURI().equals(SAF.LeadershipEpisode.getURI())) episode = true;
            }
            if (p.getURI().equals(SAF.verbatimText.getURI())) quote = o.getLiteralLexicalForm();
            byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(labels.value(o));
        }
        List<ResourcePage.Values> properties = group(byProperty, labels);
        Map<Node, List<Value>> byInverse = new LinkedHashMap<>();
        in.bindings().forEach(b -> byInverse.computeIfAbsent(in.get(b, "p"), k -> new ArrayList<>()).add(labels.value(in.get(b, "s"))));
        List<ResourcePage.Values> inverse = group(byInverse, labels);

        List<ResourcePage.Values> pattern = new ArrayList<>();
        List<ResourcePage.Evidence> ev = new ArrayList<>();
        if (episode) {
            PATTERN.forEach((question, props) -> {
                List<Value> vs = new ArrayList<>();
                for (String local : props) {
                    List<Value> got = byProperty.get(NodeFactory.createURI(SAF.NS + local));
                    if (got != null) vs.addAll(got);
                }
                if (!vs.isEmpty()) pattern.add(new ResourcePage.Values(new Value(question, null), vs));
            });
            for (Binding b : evidence.bindings()) {
                Node sp = evidence.get(b, "speaker");
                Node sec = evidence.get(b, "section");
                Node text = evidence.get(b, "text");
                ev.add(new ResourcePage.Evidence(labels.value(evidence.get(b, "x")), sp == null ? null : labels.value(sp),
                        sec == null ? null : sec.getLiteralLexicalForm(), text == null ? null : text.getLiteralLexicalForm()));
            }
        }
        List<Link> formats = List.of(new Link("Turtle", path + "?format=ttl"), new Link("JSON-LD", path + "?format=jsonld"),
                new Link("RDF/XML", path + "?format=rdf"), new Link("N-Triples", path + "?format=nt"));
        return new ResourcePage(gateway.researcher(), r.getURI(), labels.label(r), types, properties, inverse, pattern, ev, excerpt, quote,
                codes.bindings().stream().map(b -> labels.value(codes.get(b, "c"))).toList(),
                coded.bindings().stream().map(b -> labels.value(coded.get(b, "x"))).toList(), formats);
    }

    private static List<ResourcePage.Values> group(Map<Node, List<Value>> byProperty, Labels labels) {
        List<ResourcePage.Values> out = new ArrayList<>();
        byProperty.forEach((p, vs) -> out.add(new ResourcePage.Values(labels.value(p),
                vs.stream().distinct().sorted((a, b) -> a.text().compareToIgnoreCase(b.text())).toList())));
        out.sort((a, b) -> a.property().text().compareToIgnoreCase(b.property().text()));
        return out;
    }
}
