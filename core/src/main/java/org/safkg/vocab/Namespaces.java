package org.safkg.vocab;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;

/** The prefixes SAF-KG writes and queries with, so that output reads the same everywhere. */
public final class Namespaces {
    public static final String CONCEPT = "https://w3id.org/safkg/concept/";
    public static final String STUDY = "https://w3id.org/safkg/study/";
    public static final String GRAPH = "https://w3id.org/safkg/graph/";
    /** The ontology's own IRI: the namespace of its terms (generated class {@link SAF}) without the '#'. */
    public static final String ONTOLOGY = SAF.NS.substring(0, SAF.NS.length() - 1);

    private Namespaces() {}

    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("saf", SAF.NS);
        m.put("safc", CONCEPT);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("prov", PROV.NS);
        m.put("org", ORG.NS);
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("oa", OA.NS);
        m.put("qb", QB.NS);
        m.put("adms", ADMS.NS);
        return m;
    }

    public static PrefixMapping prefixMapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(all()).lock();
    }
}
