package org.safkg.web;

import org.safkg.query.QueryCatalog;

/** What the web front needs to know of the server it is mounted in: its two services' names and the competency queries. */
public record WebSettings(String publicService, String researchService, QueryCatalog queries) {}
