package org.safkg.server;

import java.io.IOException;
import java.util.Collection;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.access.DataAccessCtl;
import org.apache.jena.fuseki.access.DatasetGraphAccessControl;
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
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no public (access-controlled) dataset is served here");
            return;
        }
        DatasetGraphAccessControl controlled = (DatasetGraphAccessControl) pub.getDataService().getDataset();
        Collection<Node> visible = controlled.getAuthService().get(DeploymentConfig.ANONYMOUS).visibleGraphs();
        DatasetGraph base = DatasetGraphAccessControl.removeWrapper(controlled);
        // a copy of exactly the graphs anonymous users see: the description counts what the endpoint answers
        DatasetGraph view = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(base, () -> visible.forEach(g -> {
            if (g.isURI() && !g.getURI().startsWith("urn:x-arq:")) view.addGraph(g, base.getGraph(g));
        }));
        String endpoint = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath()
                + pub.getName() + "/sparql";
        res.setContentType("text/turtle;charset=utf-8");
        DatasetDescription.writeTurtle(view, endpoint, res.getOutputStream());
    }

    private DataAccessPoint publicService() {
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(getServletContext());
        for (String name : registry.keys()) {
            DataAccessPoint dap = registry.get(name);
            if (DataAccessCtl.isAccessControlled(dap.getDataService().getDataset())
                    && dap.getDataService().getDataset() instanceof DatasetGraphAccessControl) return dap;
        }
        return null;
    }
}
