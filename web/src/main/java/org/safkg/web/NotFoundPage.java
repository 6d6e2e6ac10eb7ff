package org.safkg.web;

/** The model of the page that says an IRI or path is not known here, and where to look instead. */
public record NotFoundPage(boolean researcher, String what, String iri) {}
