package org.safkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/** A plain Fuseki (no SAF-KG module, view, gate or logging; the same response buffer) over a dataset, on a free loopback port: the benchmarks' baseline. */
public final class PlainFuseki implements AutoCloseable {
    /** The dataset's name: its query endpoint is /plain/query. */
    public static final String NAME = "plain";

    private final FusekiServer server;

    private PlainFuseki(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts a read-only query service over the dataset, with the response buffer SAF-KG's server uses (Fuseki's own
     * costs every response an unpooled 5 MB buffer: see {@link SafkgServer#pooledOutputBuffers}), so that a ratio to it
     * measures what SAF-KG adds, not the buffer.
     */
    public static PlainFuseki start(DatasetGraph dsg) {
        FusekiServer server = FusekiServer.create().loopback(true).port(0).verbose(false)
                .add("/" + NAME, dsg, false).build();
        SafkgServer.pooledOutputBuffers(server.getJettyServer());
        return new PlainFuseki(server.start());
    }

    /** The query endpoint's URL. */
    public String queryUrl() {
        return "http://localhost:" + server.getHttpPort() + "/" + NAME + "/query";
    }

    @Override
    public void close() {
        server.stop();
    }
}
