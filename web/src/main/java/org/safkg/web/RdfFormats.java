package org.safkg.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** Content negotiation of a resource's representation: HTML for browsers, RDF serialisations for clients. */
final class RdfFormats {
    static final String HTML = "text/html";
    /** The offered types, HTML first (so that a client accepting anything, such as curl, gets the page). */
    private static final AcceptList OFFERED = AcceptList.create(HTML, "text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples", "application/xhtml+xml");
    /** The ?format= names the pages' download links use. */
    static final List<String> NAMES = List.of("ttl", "jsonld", "rdf", "nt");

    private RdfFormats() {}

    /** The RDF language asked for, or null for the HTML page; {@code ?format=} wins over the Accept header. */
    static Lang choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return switch (format) {
                case "ttl" -> Lang.TURTLE;
                case "jsonld" -> Lang.JSONLD;
                case "rdf" -> Lang.RDFXML;
                case "nt" -> Lang.NTRIPLES;
                default -> null;
            };
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return null;
        MediaType m = AcceptList.match(new AcceptList(accept), OFFERED);
        if (m == null) return null;
        String type = m.getContentTypeStr();
        if (type.equals(HTML) || type.equals("application/xhtml+xml")) return null;
        return RDFLanguages.contentTypeToLang(type);
    }

    /** Whether the client accepts none of the offered types (answered 406). */
    static boolean acceptsNone(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return req.getParameter("format") == null && accept != null && !accept.isBlank()
                && AcceptList.match(new AcceptList(accept), OFFERED) == null;
    }

    static boolean unknownFormat(HttpServletRequest req) {
        String format = req.getParameter("format");
        return format != null && !NAMES.contains(format);
    }
}
