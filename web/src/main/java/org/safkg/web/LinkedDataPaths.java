package org.safkg.web;

import java.util.Optional;

import org.safkg.vocab.SAF;

/**
 * Where a minted IRI is served on this server: https://w3id.org/safkg/X is served at /X, so that the
 * w3id redirect (web/w3id/.htaccess) only has to swap the host. Ontology terms are hash IRIs of the
 * ontology document, so they resolve to a section of /ontology.
 */
public final class LinkedDataPaths {
    /** The base every SAF-KG IRI starts with. */
    public static final String BASE = "https://w3id.org/safkg/";

    private LinkedDataPaths() {}

    /** The local path (with fragment for ontology terms) of a SAF-KG IRI, or empty for an IRI minted elsewhere. */
    public static Optional<String> pathOf(String iri) {
        if (iri == null || !iri.startsWith(BASE)) return Optional.empty();
        if (iri.startsWith(SAF.NS)) return Optional.of("/ontology#" + iri.substring(SAF.NS.length()));
        return Optional.of("/" + iri.substring(BASE.length()));
    }

    /** The IRI a request path stands for, e.g. /study/vanguard-2022/episode/E05. */
    public static String iriOf(String path) {
        return BASE + (path.startsWith("/") ? path.substring(1) : path);
    }
}
