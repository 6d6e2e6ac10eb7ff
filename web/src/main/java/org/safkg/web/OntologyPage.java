package org.safkg.web;

import java.util.List;

/** The model of the ontology documentation, generated from the ontology, concept and shape files. */
public record OntologyPage(boolean researcher, String title, String description, String version, String patternSvg,
        List<Term> classes, List<Term> properties, List<Scheme> schemes, List<Shape> shapes, List<Link> namespaces) {

    /** A class or property: its anchor (the local name of its hash IRI), label, definition and neighbours in the model. */
    public record Term(String anchor, String iri, String label, String kind, String definition, String comment,
            List<Value> superTerms, List<Value> subTerms, List<Value> domain, List<Value> range) {}

    /** A SKOS concept scheme as a tree of concepts. */
    public record Scheme(String anchor, Value scheme, String definition, List<String> sources, List<ConceptNode> top) {}

    /** A concept in a scheme's tree. */
    public record ConceptNode(Value concept, String definition, List<ConceptNode> narrower) {}

    /** A SHACL node shape in words: what it applies to and what it requires. */
    public record Shape(String anchor, String name, List<Value> targets, String message, List<String> requirements) {}
}
