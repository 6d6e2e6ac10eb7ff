package org.safkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The ADMS terms SAF-KG uses for identifiers with their scheme (namespace {@value #NS}). */
public final class ADMS {
    public static final String NS = "http://www.w3.org/ns/adms#";
    private ADMS() {}

    public static final Resource Identifier = ResourceFactory.createResource(NS + "Identifier");
    public static final Property identifier = ResourceFactory.createProperty(NS + "identifier");
}
