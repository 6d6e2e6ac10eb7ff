package org.safkg.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.fuseki.FusekiException;
import org.safkg.query.QueryCatalog;
import org.safkg.server.PasswordFile;
import org.safkg.server.DeploymentConfig;
import org.safkg.server.SafkgServer;
import org.safkg.store.StudyStore;
import org.safkg.store.StudyTextIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg serve}: serves the store with embedded Fuseki and its UI, as fuseki-config/safkg.ttl describes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the graph with Fuseki (UI and endpoints).",
        description = {"Serve the graph with Fuseki: the web pages and the UI at", "http://HOST:PORT/,", "the public read-only SPARQL endpoint /safkg (no excerpt text),",
                "the researchers' endpoint /safkg-research (login; full-text search; writes admin only) and the competency queries at /queries/.",
                "The bundled study is loaded first if the store is empty. Ctrl-C stops the server cleanly."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "localhost", paramLabel = "HOST",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT", description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--query-log", description = "Also write every query's text, with Fuseki's action log, to logs/safkg-queries.log (off by default:"
            + " queries can hold what researchers searched for).")
    boolean queryLog;

    @Option(names = "--admin", description = "Turn on Fuseki's admin API (/$/: datasets, backups, compaction) for the admin login; loopback only."
            + " Off by default: the UI's reads of it still answer.")
    boolean admin;

    @Option(names = "--config", paramLabel = "FILE", description = "The Fuseki configuration (default: fuseki-config/safkg.ttl in the repository).")
    Path config;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (queryLog) System.setProperty("safkg.query-log", "INFO");
        ServerLogging.toConsoleAndFile(SafkgHome.get().resolve("logs"));
        Path location = store.location();
        Path passwd = SafkgHome.passwordFile();
        StudyStore s;
        try {
            s = ReadyStore.open(location, spec.commandLine().getErr());
        } catch (DBOpEnvException e) {
            // TDB2 can be open in one process at a time
            throw new IllegalArgumentException("the store " + location + " is in use by another process (" + e.getMessage()
                    + "): stop the other ./safkg serve, or give another store with --store");
        }
        SafkgServer server;
        try {
            if (PasswordFile.ensure(passwd, DeploymentConfig.RESEARCH_USERS)) {
                out.printf("Created the password file %s with random passwords for %s (git-ignored; never commit it).%n",
                        passwd, String.join(" and ", DeploymentConfig.RESEARCH_USERS));
            } else {
                out.printf("Logins for researcher and admin: %s%n", passwd);
            }
            var settings = new SafkgServer.Settings(config != null ? config : SafkgHome.get().resolve("fuseki-config").resolve("safkg.ttl"),
                    location, StudyTextIndex.folderFor(location), passwd, SafkgHome.runFolder(), host, port, admin);
            server = SafkgServer.start(settings, queries());
        } catch (FusekiException e) {
            s.close();
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BindException) {
                    throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + c.getMessage()
                            + "): is another server running there? Choose another port with --port");
                }
            }
            throw e;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        String base = "http://" + shown + ":" + server.port();
        out.printf("SAF-KG is served at %s/ (Fuseki UI)%n", base);
        out.printf("  public SPARQL endpoint (no excerpt text): %s/safkg/query%n", base);
        out.printf("  researchers' endpoint (login, text:query): %s/safkg-research/query%n", base);
        out.printf("  competency queries: %s/queries/%n", base);
        out.println("Ctrl-C stops the server.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // stop taking requests first, then close the store: committed transactions are on disk
            server.close();
            s.close();
        }, "safkg-serve-shutdown"));
        server.join();
        return 0;
    }

    private static QueryCatalog queries() {
        Path dir = SafkgHome.get().resolve("queries");
        return dir.toFile().isDirectory() ? QueryCatalog.fromFolder(dir) : QueryCatalog.fromClasspath();
    }
}
