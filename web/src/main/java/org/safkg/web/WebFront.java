package org.safkg.web;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;

/** Mounts SAF-KG's web pages into a Fuseki server being built (home, resource pages, ontology, questions, networks, search). */
public final class WebFront {
    private WebFront() {}

    /** Adds the pages' servlets and the home-page filter to the builder. */
    public static void mount(FusekiServer.Builder builder, WebSettings settings) {
        builder.addFilter("/*", new HomeFilter(settings));
        builder.addServlet("/assets/*", new AssetServlet());
        builder.addServlet(FusekiUiServlet.PATH + "*", new FusekiUiServlet());
        LoginServlet login = new LoginServlet(settings);
        builder.addServlet("/login", login);
        builder.addServlet("/logout", login);
        LoginRenewalFilter renewal = new LoginRenewalFilter();
        for (String pages : List.of("/study/*", "/concept/*", "/graph/*", "/concepts", "/loader/*", "/ontology", "/questions/*", "/network/*", "/search")) {
            builder.addFilter(pages, renewal);
        }
        ResourceServlet resources = new ResourceServlet(settings);
        builder.addServlet("/study/*", resources);
        builder.addServlet("/concept/*", resources);
        builder.addServlet("/graph/*", resources);
        builder.addServlet("/concepts", resources);
        builder.addServlet("/loader/*", resources);
        builder.addServlet("/ontology", new OntologyServlet(settings));
        builder.addServlet("/questions/*", new QuestionServlet(settings));
        builder.addServlet("/network/*", new NetworkServlet(settings));
        builder.addServlet("/search", new SearchServlet(settings));
    }
}
