package org.safkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Organization Ontology terms SAF-KG uses (namespace {@value #NS}). */
public final class ORGV {
    public static final String NS = "http://www.w3.org/ns/org#";
    private ORGV() {}

    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource Post = ResourceFactory.createResource(NS + "Post");
    public static final Property classification = ResourceFactory.createProperty(NS + "classification");
    public static final Property memberOf = ResourceFactory.createProperty(NS + "memberOf");
    public static final Property holds = ResourceFactory.createProperty(NS + "holds");
    public static final Property postIn = ResourceFactory.createProperty(NS + "postIn");
    public static final Property role = ResourceFactory.createProperty(NS + "role");
}
