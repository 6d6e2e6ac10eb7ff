package org.safkg.server;

import java.io.IOException;
import java.util.Collection;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.safkg.links.DatasetDescription;

/**
 * Publishes the VoID/DCAT description of the public service at /.well-known/void: it describes the
 * graphs an anonymous user may read there (so not the excerpts graphs), and names that endpoint.
 */
final class VoidServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        DataAccessPoint pub = publicService();
        if (pub == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no public dataset (safkgf:PublicDataset) is served here");
            return;
        }
        DatasetGraph pubView = pub.getDataService().getDataset();
        // a copy of exactly what the public service answers: the description counts what anyone can read
        DatasetGraph view = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(pubView, () -> pubView.listGraphNodes().forEachRemaining(g -> view.addGraph(g, pubView.getGraph(g))));
        String endpoint = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath()
                + pub.getName() + "/sparql";
        res.setContentType("text/turtle;charset=utf-8");
        DatasetDescription.writeTurtle(view, endpoint, res.getOutputStream());
    }

    private DataAccessPoint publicService() {
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(getServletContext());
        for (String name : registry.keys()) {
            DataAccessPoint dap = registry.get(name);
            if (org.safkg.store.PublicView.isPublicView(dap.getDataService().getDataset())) return dap;
        }
        return null;
    }
}
