package org.safkg.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The Fuseki assembler model of fuseki-config/safkg.ttl, made ready for one store: absolute paths for
 * the store, the text index and the password file, and access-registry entries for the graphs in it.
 */
public final class DeploymentConfig {
    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";
    static final String ACCESS = "http://jena.apache.org/access#";
    /** The registry user name that requests without a login are given (see {@link SafkgFusekiModule}). */
    public static final String ANONYMOUS = "anonymous";
    /** The logins that may read the excerpt text. */
    public static final List<String> RESEARCH_USERS = List.of("researcher", "admin");

    private DeploymentConfig() {}

    /** Reads the configuration file and points it at the given store, index, password file and graphs. */
    public static Model build(Path configFile, Path store, Path textIndex, Path passwordFile, List<String> graphNames) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, configFile.toAbsolutePath().toUri().toString());
        replace(m, typed(m, TDB2 + "DatasetTDB2"), p(TDB2 + "location"), m.createLiteral(store.toAbsolutePath().toString()));
        replace(m, typed(m, TEXT + "TextIndexLucene"), p(TEXT + "directory"), m.createResource(textIndex.toAbsolutePath().toUri().toString()));
        replace(m, typed(m, FUSEKI + "Server"), p(FUSEKI + "passwd"), m.createLiteral(passwordFile.toAbsolutePath().toString()));
        Resource registry = typed(m, ACCESS + "SecurityRegistry");
        m.removeAll(registry, p(ACCESS + "entry"), null);
        registry.addProperty(p(ACCESS + "entry"), entry(m, ANONYMOUS, graphNames.stream().filter(g -> !isExcerpts(g)).toList()));
        for (String user : RESEARCH_USERS) registry.addProperty(p(ACCESS + "entry"), entry(m, user, graphNames));
        return m;
    }

    /** Whether a graph holds verbatim excerpt text (the pattern StudyIris writes: .../graph/{studyId}/excerpts). */
    public static boolean isExcerpts(String graphName) {
        return graphName.endsWith("/excerpts");
    }

    private static RDFNode entry(Model m, String user, List<String> graphs) {
        List<RDFNode> items = new ArrayList<>();
        items.add(m.createLiteral(user));
        items.add(m.createResource(Quad.defaultGraphIRI.getURI()));
        graphs.forEach(g -> items.add(m.createResource(g)));
        return m.createList(items.iterator());
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
