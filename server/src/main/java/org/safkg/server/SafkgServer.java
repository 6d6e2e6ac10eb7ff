package org.safkg.server;

import java.net.InetAddress;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.safkg.query.QueryCatalog;
import org.safkg.store.StudyTextIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded Fuseki server of SAF-KG, with its UI, built from fuseki-config/safkg.ttl. */
public final class SafkgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SafkgServer.class);
    /** The public, read-only dataset. */
    public static final String PUBLIC = "safkg";
    /** The researchers' dataset (login required; writes admin only). */
    public static final String RESEARCH = "safkg-research";

    /**
     * Where the configuration, store, index and password file are, where to listen (port 0: any free port), and
     * whether the admin API is on (admin login, loopback only).
     */
    public record Settings(Path configFile, Path store, Path textIndex, Path passwordFile, Path runDir, String host, int port, boolean adminApi) {
        public Settings {
            if (adminApi && !(host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1"))) {
                throw new IllegalArgumentException("--admin serves the admin API on the loopback address only: drop --host " + host + " or --admin");
            }
        }

        /** Settings with the admin API off. */
        public Settings(Path configFile, Path store, Path textIndex, Path passwordFile, Path runDir, String host, int port) {
            this(configFile, store, textIndex, passwordFile, runDir, host, port, false);
        }

        public boolean loopbackOnly() {
            return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
        }
    }

    private final FusekiServer fuseki;
    private final int indexed;

    private SafkgServer(FusekiServer fuseki, int indexed) {
        this.fuseki = fuseki;
        this.indexed = indexed;
    }

    /** Builds and starts the server over the store (which must already hold the data). */
    public static SafkgServer start(Settings settings, QueryCatalog queries) {
        // the admin module keeps its work area in FUSEKI_BASE (default: run/ in the working directory)
        if (System.getenv("FUSEKI_BASE") == null && System.getProperty("FUSEKI_BASE") == null) {
            System.setProperty("FUSEKI_BASE", settings.runDir().toAbsolutePath().toString());
        }
        PasswordFile.ensure(settings.passwordFile(), DeploymentConfig.RESEARCH_USERS);
        // checked before Fuseki opens the index, which commits an empty one if there is none
        boolean indexMissing = !StudyTextIndex.exists(settings.textIndex());
        Model config = DeploymentConfig.build(settings.configFile(), settings.store(), settings.textIndex(), settings.passwordFile());
        FusekiServer fuseki = FusekiServer.create()
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create(), new SafkgFusekiModule(queries, new RequestGate.Limits(RequestGate.Limits.defaults().maxQueryBytes(), RequestGate.Limits.defaults().maxUploadBytes(), settings.adminApi()))))
                .parseConfig(config)
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .enablePing(true)
                .enableStats(true)
                .build();
        // the index is kept up to date by every load: opened as it is, built here only when it is missing
        int indexed = !indexMissing ? 0 : TextIndexRebuilder.rebuild(textDataset(fuseki));
        if (!settings.loopbackOnly() && !settings.host().equals("0.0.0.0")) bindTo(fuseki, settings.host());
        pooledOutputBuffers(fuseki.getJettyServer());
        fuseki.start();
        if (indexed > 0) LOG.info("the text index {} was missing: built it with {} entries", settings.textIndex(), indexed);
        LOG.info("SAF-KG server on port {}", fuseki.getHttpPort());
        return new SafkgServer(fuseki, indexed);
    }

    private static DatasetGraphText textDataset(FusekiServer fuseki) {
        DataAccessPoint dap = fuseki.getDataAccessPointRegistry().get(DataAccessPoint.canonical(RESEARCH));
        DatasetGraph dsg = dap == null ? null : dap.getDataService().getDataset();
        if (dsg instanceof DatasetGraphText text) return text;
        throw new IllegalStateException("the Fuseki configuration must serve a text:TextDataset as /" + RESEARCH);
    }

    /** Jetty's own default response buffer: one that its buffer pool keeps. */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    /**
     * Fuseki asks Jetty for a 5 MB response buffer, larger than Jetty's pool keeps, so every response allocated and
     * zeroed a fresh 5 MB direct buffer: 15-20 ms on a VM where fresh memory faults slowly, more than most queries take.
     * A 32 KB buffer is reused; a larger response is streamed in chunks as before.
     */
    static void pooledOutputBuffers(org.eclipse.jetty.server.Server jetty) {
        for (Connector c : jetty.getConnectors()) {
            var http = c.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        }
    }

    private static void bindTo(FusekiServer fuseki, String host) {
        try {
            InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "': give an address of this machine, localhost, or 0.0.0.0 for all");
        }
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(host);
        }
    }

    /** The Jetty server underneath, for tests of its configuration. */
    org.eclipse.jetty.server.Server jetty() {
        return fuseki.getJettyServer();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** Entries put in the text index at start: 0 unless the index was missing. */
    public int indexedEntries() {
        return indexed;
    }

    /** The URL of a dataset on this server, e.g. http://localhost:3030/safkg. */
    public String datasetUrl(String host, String dataset) {
        return "http://" + host + ":" + port() + "/" + dataset;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops serving; TDB2 commits are durable, so the store stays consistent. */
    @Override
    public void close() {
        DatasetGraphText text = textDataset(fuseki);
        fuseki.stop();
        // release the text index's writer, so that the store can be loaded or served again in this JVM
        // (the TDB2 store itself is shared by the JVM and stays open: closing it here would close it for all)
        text.getTextIndex().close();
    }
}
