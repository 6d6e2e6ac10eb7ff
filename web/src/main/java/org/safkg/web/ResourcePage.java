package org.safkg.web;

import java.util.List;

/** The model of a Linked Data page: one resource, its properties, the links to it, and for an episode the whole pattern. */
public record ResourcePage(boolean researcher, String iri, String label, List<Value> types, List<Values> properties,
        List<Values> inverse, List<Values> pattern, List<Evidence> evidence, boolean excerpt, String quote,
        List<Value> codes, List<Value> codedExcerpts, List<Link> formats) {

    /** The values of one property (or one part of the episode pattern). */
    public record Values(Value property, List<Value> values) {}

    /** One piece of an episode's evidence: its page, its speaker, and the quote when the visitor may read it. */
    public record Evidence(Value item, Value speaker, String section, String quote) {}
}
