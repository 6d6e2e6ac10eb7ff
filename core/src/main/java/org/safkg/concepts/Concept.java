package org.safkg.concepts;

/** A SKOS concept that a bundle cell may name: its notation, scheme id, IRI and the class it instantiates. */
public record Concept(String notation, String scheme, String iri, String conceptClass) {}
