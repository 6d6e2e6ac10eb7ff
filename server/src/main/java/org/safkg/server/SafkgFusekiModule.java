package org.safkg.server;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.fuseki.access.AccessCtl_GSP_R;
import org.apache.jena.fuseki.access.AccessCtl_SPARQL_QueryDataset;
import org.apache.jena.fuseki.access.DataAccessCtl;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.safkg.links.DatasetDescription;
import org.safkg.query.QueryCatalog;
import org.safkg.web.WebFront;
import org.safkg.web.WebSettings;

/**
 * SAF-KG's additions to Fuseki: requests without a login read the public service as the registry
 * user "anonymous", the public service has no text search, the admin API is read-only, the
 * competency queries are served at /queries/, the VoID description at /.well-known/void, and the
 * web pages ({@link WebFront}: home at /, resource pages, ontology, questions, networks) beside the UI.
 * Loaded by ./safkg serve, and under the standalone jena-fuseki-server by {@link StandaloneFuseki}.
 */
public final class SafkgFusekiModule implements FusekiModule {
    /** Where the competency queries are listed, with links that open them in the UI's query editor. */
    public static final String QUERIES_PATH = "/queries/";
    /** A request's registry user: its login, or "anonymous" without one. */
    static final Function<HttpAction, String> USER =
            action -> action.getUser() != null ? action.getUser() : DeploymentConfig.ANONYMOUS;

    private final QueryCatalog queries;

    /** With the queries packaged on the classpath (the standalone server). */
    public SafkgFusekiModule() {
        this(null);
    }

    public SafkgFusekiModule(QueryCatalog queries) {
        this.queries = queries;
    }

    @Override
    public String name() {
        return "SAF-KG";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        TextSearchGuard.install();
        FilteredDescribeHandler.install();
        builder.addFilter("/$/*", new AdminApiGuard());
        for (String name : accessControlledServices(configModel)) {
            builder.addFilter("/" + name, new PublicReadOnlyGuard());
            builder.addFilter("/" + name + "/*", new PublicReadOnlyGuard());
        }
        builder.addServlet(DatasetDescription.WELL_KNOWN_PATH, new VoidServlet());
        QueryCatalog catalog = queries != null ? queries : QueryCatalog.fromClasspath();
        builder.addServlet(QUERIES_PATH + "*", new QueryIndexServlet(catalog));
        WebFront.mount(builder, new WebSettings(SafkgServer.PUBLIC, SafkgServer.RESEARCH, catalog));
    }

    /** The names of the services whose dataset is an access:AccessControlledDataset. */
    private static List<String> accessControlledServices(Model config) {
        if (config == null) return List.of();
        Property dataset = config.createProperty(DeploymentConfig.FUSEKI + "dataset");
        Property name = config.createProperty(DeploymentConfig.FUSEKI + "name");
        Resource controlled = config.createResource(DeploymentConfig.ACCESS + "AccessControlledDataset");
        return config.listResourcesWithProperty(dataset).toList().stream()
                .filter(svc -> svc.getPropertyResourceValue(dataset).hasProperty(RDF.type, controlled) && svc.hasProperty(name))
                .map(svc -> svc.getProperty(name).getString()).toList();
    }

    @Override
    public void server(FusekiServer server) {
        // Fuseki's own access control gives requests without a login no graphs at all; ours name them.
        server.getDataAccessPointRegistry().forEach((name, dap) -> {
            if (!DataAccessCtl.isAccessControlled(dap.getDataService().getDataset())) return;
            dap.getDataService().forEachEndpoint(ep -> {
                if (Operation.Query.equals(ep.getOperation())) ep.setProcessor(new AccessCtl_SPARQL_QueryDataset(USER));
                else if (Operation.GSP_R.equals(ep.getOperation())) ep.setProcessor(new AccessCtl_GSP_R(USER));
            });
        });
    }
}
