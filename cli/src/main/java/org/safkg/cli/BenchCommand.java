package org.safkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.safkg.query.QueryCatalog;
import org.safkg.server.DeploymentConfig;
import org.safkg.server.HttpBenchmark;
import org.safkg.server.PasswordFile;
import org.safkg.remote.RemoteQueryRunner;
import org.safkg.server.SafkgServer;
import org.safkg.store.StudyStore;
import org.safkg.store.StudyTextIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg bench}: concurrent clients run the competency queries over HTTP; prints latency percentiles and throughput per query. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure the competency queries' latency over HTTP.",
        description = {"Fire concurrent clients at the competency queries over HTTP for a while and print p50/p95/p99 latency and throughput per query.",
                "Without --endpoint, an embedded server is started on a free loopback port over the store (bundled study loaded if empty) and stopped afterwards."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL", description = {"A SPARQL query endpoint, e.g.", "http://localhost:3030/safkg/query."})
    String endpoint;

    @Option(names = "--clients", defaultValue = "4", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", paramLabel = "T", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "T", description = "Warm-up seconds, not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--user", paramLabel = "NAME", description = "Log in as this user of run/passwd (e.g. researcher for /safkg-research).")
    String user;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws InterruptedException {
        if (clients < 1 || seconds < 1 || warmup < 0) throw new IllegalArgumentException("--clients and --seconds must be at least 1, --warmup at least 0");
        PrintWriter out = spec.commandLine().getOut();
        Path queriesDir = SafkgHome.get().resolve("queries");
        List<HttpBenchmark.Job> jobs = HttpBenchmark.workload(QueryCatalog.fromFolder(queriesDir), queriesDir);
        Path passwd = SafkgHome.passwordFile();
        if (endpoint != null) {
            out.print(run(endpoint, jobs, SafkgHome.login(user)));
            return 0;
        }
        try (StudyStore s = ReadyStore.open(store.location(), spec.commandLine().getErr())) {
            PasswordFile.ensure(passwd, DeploymentConfig.RESEARCH_USERS);
            var settings = new SafkgServer.Settings(SafkgHome.get().resolve("fuseki-config").resolve("safkg.ttl"), store.location(),
                    StudyTextIndex.folderFor(store.location()), passwd, SafkgHome.runFolder(), "localhost", 0);
            try (SafkgServer server = SafkgServer.start(settings, QueryCatalog.fromFolder(queriesDir))) {
                String url = "http://localhost:" + server.port() + (user == null ? "/safkg/query" : "/safkg-research/query");
                out.print(run(url, jobs, SafkgHome.login(user)));
            }
        }
        return 0;
    }

    private String run(String url, List<HttpBenchmark.Job> jobs, RemoteQueryRunner.Login login) throws InterruptedException {
        var results = HttpBenchmark.run(url, jobs, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup), login);
        return String.format("%d clients, %d s measured after %d s warm-up, against %s (%d processors)%n%n%s", clients, seconds, warmup, url,
                Runtime.getRuntime().availableProcessors(), HttpBenchmark.table(results));
    }

}
