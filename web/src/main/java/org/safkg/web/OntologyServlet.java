package org.safkg.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.safkg.ontology.OntologyFiles;
import org.safkg.vocab.Namespaces;

/**
 * https://w3id.org/safkg/ontology served at /ontology: the documentation generated from the ontology
 * files for a browser, the ontology itself (saf-kg.ttl) in the RDF format a client asks for. Each
 * term's hash IRI (…/ontology#LeadershipEpisode) lands on the term's section.
 */
final class OntologyServlet extends HttpServlet {
    private final WebSettings settings;
    private final OntologyPage page;
    private final Graph ontology;

    OntologyServlet(WebSettings settings) {
        this.settings = settings;
        this.page = OntologyDocumentation.build(false, HomeFilter.resource("safkg/web/episode-pattern.svg"));
        this.ontology = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyFiles.open(OntologyFiles.ONTOLOGY)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/safkg/ontology").parse(ontology);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the ontology: " + e.getMessage(), e);
        }
        ontology.getPrefixMapping().setNsPrefixes(Namespaces.all());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setHeader("Vary", "Accept, Authorization");
        if (RdfFormats.unknownFormat(req) || RdfFormats.acceptsNone(req)) {
            Pages.refuse(res, HttpServletResponse.SC_NOT_ACCEPTABLE, "offered: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples");
            return;
        }
        Lang lang = RdfFormats.choose(req);
        if (lang != null) {
            res.setContentType(lang.getContentType().getContentTypeStr() + ";charset=utf-8");
            if (lang == Lang.TURTLE) RDFDataMgr.write(res.getOutputStream(), ontology, RDFFormat.TURTLE_PRETTY);
            else RDFDataMgr.write(res.getOutputStream(), ontology, lang);
            return;
        }
        boolean researcher = req.getHeader("Authorization") != null && SparqlGateway.forRequest(req, settings).checkLogin();
        OntologyPage p = page;
        if (researcher) p = new OntologyPage(true, p.title(), p.description(), p.version(), p.patternSvg(), p.classes(), p.properties(),
                p.schemes(), p.shapes(), p.namespaces());
        Pages.render(res, "ontology.jte", p);
    }
}
