package org.safkg.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.safkg.vocab.Namespaces;

/** A declared parameter of a competency query: a variable that a user's value is bound to, as an RDF term. */
public record QueryParameter(String name, Type type, boolean required, String description) {

    /** How a user's text becomes an RDF term. */
    public enum Type {
        /** An xsd:string literal. */
        STRING,
        /** An xsd:integer literal. */
        INTEGER,
        /** An absolute IRI. */
        IRI,
        /** A SAF-KG concept, given by its notation (e.g. brokering). */
        CONCEPT
    }

    /** The term the value becomes; never spliced into query text. */
    public Node toNode(String value) {
        return switch (type) {
            case STRING -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDstring);
            case INTEGER -> {
                if (!value.matches("-?\\d+")) throw new IllegalArgumentException("parameter " + name + " must be an integer, got '" + value + "'");
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            case IRI -> {
                if (!value.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+")) {
                    throw new IllegalArgumentException("parameter " + name + " must be an absolute IRI, got '" + value + "'");
                }
                yield NodeFactory.createURI(value);
            }
            case CONCEPT -> {
                if (!value.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
                    throw new IllegalArgumentException("parameter " + name + " must be a concept id such as 'brokering', got '" + value + "'");
                }
                yield NodeFactory.createURI(Namespaces.CONCEPT + value);
            }
        };
    }
}
