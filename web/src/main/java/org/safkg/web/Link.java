package org.safkg.web;

/** A labelled link to a page of this server (or to an outside IRI). */
public record Link(String label, String href) {}
