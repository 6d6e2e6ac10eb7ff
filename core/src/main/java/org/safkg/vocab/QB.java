package org.safkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RDF Data Cube terms SAF-KG uses (namespace {@value #NS}). */
public final class QB {
    public static final String NS = "http://purl.org/linked-data/cube#";
    private QB() {}

    public static final Resource DataSet = ResourceFactory.createResource(NS + "DataSet");
    public static final Resource Observation = ResourceFactory.createResource(NS + "Observation");
    public static final Property dataSet = ResourceFactory.createProperty(NS + "dataSet");
    public static final Property structure = ResourceFactory.createProperty(NS + "structure");
}
