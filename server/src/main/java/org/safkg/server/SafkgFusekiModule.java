package org.safkg.server;

import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.safkg.links.DatasetDescription;
import org.safkg.query.QueryCatalog;
import org.safkg.web.WebFront;
import org.safkg.web.WebSettings;

/**
 * SAF-KG's additions to Fuseki: the public service (a {@link PublicDatasetAssembler public view}) answers
 * writes with 403, the public service has no text search, the admin API is read-only, the
 * competency queries are served at /queries/, the VoID description at /.well-known/void, and the
 * web pages ({@link WebFront}: home at /, resource pages, ontology, questions, networks) beside the UI.
 * Loaded by ./safkg serve, and under the standalone jena-fuseki-server by {@link StandaloneFuseki}.
 */
public final class SafkgFusekiModule implements FusekiModule {
    /** Where the competency queries are listed, with links that open them in the UI's query editor. */
    public static final String QUERIES_PATH = "/queries/";
    private final QueryCatalog queries;
    private final RequestGate.Limits limits;
    private java.util.Map<String, String> logins = java.util.Map.of();

    /** With the queries packaged on the classpath and the default limits (the standalone server). */
    public SafkgFusekiModule() {
        this(null, RequestGate.Limits.defaults());
    }

    public SafkgFusekiModule(QueryCatalog queries, RequestGate.Limits limits) {
        this.queries = queries;
        this.limits = limits;
    }

    @Override
    public String name() {
        return "SAF-KG";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        TextSearchGuard.install();
        logins = passwords(configModel);
        builder.addFilter("/*", new UpdateGuard());
        for (String name : publicServices(configModel)) {
            builder.addFilter("/" + name, new PublicReadOnlyGuard());
            builder.addFilter("/" + name + "/*", new PublicReadOnlyGuard());
        }
        builder.addServlet(DatasetDescription.WELL_KNOWN_PATH, new VoidServlet());
        QueryCatalog catalog = queries != null ? queries : QueryCatalog.fromClasspath();
        builder.addServlet(QUERIES_PATH + "*", new QueryIndexServlet(catalog));
        WebFront.mount(builder, new WebSettings(SafkgServer.PUBLIC, SafkgServer.RESEARCH, catalog));
    }

    /** The gate goes in front of everything Jetty does, its login check included (see {@link RequestGate}). */
    @Override
    public void serverBeforeStarting(FusekiServer server) {
        org.eclipse.jetty.server.Server jetty = server.getJettyServer();
        jetty.setHandler(new RequestGate(jetty.getHandler(), limits, logins));
        // refusals are one line of text, whoever refuses: Jetty before the gate (e.g. an encoded '..') or a servlet
        jetty.setErrorHandler(new OneLineErrors());
        for (var context : jetty.getDescendants(org.eclipse.jetty.ee10.servlet.ServletContextHandler.class)) {
            context.setErrorHandler(new ServletOneLineErrors());
        }

    }

    /** The logins of the configuration's password file (fuseki:passwd), to recognise failed logins. */
    private static java.util.Map<String, String> passwords(Model config) {
        if (config == null) return java.util.Map.of();
        Property passwd = config.createProperty(DeploymentConfig.FUSEKI + "passwd");
        return config.listObjectsOfProperty(passwd).toList().stream().filter(o -> o.isLiteral()).findFirst()
                .map(o -> PasswordFile.read(java.nio.file.Path.of(o.asLiteral().getString()))).orElse(java.util.Map.of());
    }

    /** The names of the services whose dataset is a safkgf:PublicDataset. */
    private static List<String> publicServices(Model config) {
        if (config == null) return List.of();
        Property dataset = config.createProperty(DeploymentConfig.FUSEKI + "dataset");
        Property name = config.createProperty(DeploymentConfig.FUSEKI + "name");
        return config.listResourcesWithProperty(dataset).toList().stream()
                .filter(svc -> svc.getPropertyResourceValue(dataset).hasProperty(RDF.type, PublicDatasetAssembler.PUBLIC_DATASET) && svc.hasProperty(name))
                .map(svc -> svc.getProperty(name).getString()).toList();
    }
}
