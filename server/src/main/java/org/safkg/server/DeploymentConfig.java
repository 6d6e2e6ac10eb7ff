package org.safkg.server;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;

/**
 * The Fuseki assembler model of fuseki-config/safkg.ttl, made ready for one store: absolute paths for
 * the store, the text index and the password file. (What the public may read is not configured per
 * graph: {@link org.safkg.store.PublicView} decides it at the data.)
 */
public final class DeploymentConfig {
    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";
    /** The logins that may read the excerpt text. */
    public static final List<String> RESEARCH_USERS = List.of("researcher", "admin");

    private DeploymentConfig() {}

    /** Reads the configuration file and points it at the given store, index and password file. */
    public static Model build(Path configFile, Path store, Path textIndex, Path passwordFile) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, configFile.toAbsolutePath().toUri().toString());
        replace(m, typed(m, TDB2 + "DatasetTDB2"), p(TDB2 + "location"), m.createLiteral(store.toAbsolutePath().toString()));
        replace(m, typed(m, TEXT + "TextIndexLucene"), p(TEXT + "directory"), m.createResource(textIndex.toAbsolutePath().toUri().toString()));
        replace(m, typed(m, FUSEKI + "Server"), p(FUSEKI + "passwd"), m.createLiteral(passwordFile.toAbsolutePath().toString()));
        return m;
    }

    private static Resource typed(Model m, String type) {
        List<Resource> found = m.listSubjectsWithProperty(RDF.type, m.createResource(type)).toList();
        if (found.size() != 1) throw new IllegalStateException("the Fuseki configuration must have exactly one " + type + ", found " + found.size());
        return found.get(0);
    }

    private static void replace(Model m, Resource s, Property p, RDFNode o) {
        m.removeAll(s, p, null);
        s.addProperty(p, o);
    }

    private static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
