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
import org.safkg.server.PlainFuseki;
import org.safkg.server.SideBySideBenchmark;
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

    @Option(names = "--side-by-side", description = {"Instead: one client, every query a fixed number of times on SAF-KG's public and research "
            + "endpoints and on a plain Fuseki over the same store, interleaved, after a warm-up that lasts until latency settles; "
            + "prints p50/p95 and the ratios to plain Fuseki. The embedded server logs as serve does (console lines on stderr)."})
    boolean sideBySide;

    @Option(names = "--runs", defaultValue = "30", paramLabel = "N", description = "With --side-by-side: measured runs of every query on every endpoint (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--min-warmup-rounds", defaultValue = "40", paramLabel = "N",
            description = "With --side-by-side: warm-up rounds (every query on every endpoint) before latency is tested for stability (default: ${DEFAULT-VALUE}).")
    int minWarmupRounds;

    @Option(names = "--max-warmup-rounds", defaultValue = "400", paramLabel = "N",
            description = "With --side-by-side: the warm-up stops when the median of 5 rounds is within 5%% of the 5 before, or after N rounds (default: ${DEFAULT-VALUE}).")
    int maxWarmupRounds;

    @Option(names = "--scale", split = ",", paramLabel = "TRIPLES",
            description = {"Instead: at each size (e.g. 1000000,5000000) generate a synthetic bundle, then time safkg load, "
                    + "safkg load --out, tdb2.tdbloader --loader=basic and riot --count on the same quads, and safkg serve "
                    + "and a plain Fuseki from start to first answer, each in a JVM of its own with its peak RSS; prints the ratios."})
    List<Long> scale;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
            description = "With --scale: run safkg load, load --out and tdbloader N times each, alternated, into fresh stores, and report their medians and each run (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--java-opts", paramLabel = "OPTS", defaultValue = "",
            description = "With --scale: options for the measured JVMs, e.g. -Xmx1g (default: none, the JVM's own heap).")
    String javaOpts;

    @Option(names = "--work", paramLabel = "DIR", description = "With --scale: where bundles and stores go (default: a new folder in the system's temporary folder).")
    Path work;

    @Option(names = "--queries", split = ",", paramLabel = "NAME",
            description = "Only these competency queries (default: all), e.g. evidence,who-led: at 10M triples the listings take seconds each.")
    List<String> queries;

    @Option(names = "--results", paramLabel = "FILE", description = "With --side-by-side or --scale: also append the report, with the machine, date and command, to FILE (Markdown).")
    Path results;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        if (clients < 1 || seconds < 1 || warmup < 0) throw new IllegalArgumentException("--clients and --seconds must be at least 1, --warmup at least 0");
        if (runs < 1 || minWarmupRounds < 0 || maxWarmupRounds < minWarmupRounds) {
            throw new IllegalArgumentException("--runs must be at least 1, --min-warmup-rounds at least 0 and --max-warmup-rounds at least --min-warmup-rounds");
        }
        if (sideBySide && (endpoint != null || user != null)) throw new IllegalArgumentException("--side-by-side starts its own servers: leave out --endpoint and --user");
        PrintWriter out = spec.commandLine().getOut();
        if (scale != null) return scale(out);
        Path queriesDir = SafkgHome.get().resolve("queries");
        List<HttpBenchmark.Job> jobs = selected(HttpBenchmark.workload(QueryCatalog.fromFolder(queriesDir), queriesDir));
        Path passwd = SafkgHome.passwordFile();
        if (endpoint != null) {
            out.print(run(endpoint, jobs, SafkgHome.login(user)));
            return 0;
        }
        try (StudyStore s = ReadyStore.open(store.location(), spec.commandLine().getErr())) {
            PasswordFile.ensure(passwd, DeploymentConfig.RESEARCH_USERS);
            var settings = new SafkgServer.Settings(SafkgHome.get().resolve("fuseki-config").resolve("safkg.ttl"), store.location(),
                    StudyTextIndex.folderFor(store.location()), passwd, SafkgHome.runFolder(), "localhost", 0);
            if (sideBySide) {
                System.setProperty("safkg.console", "SYSTEM_ERR");
                ServerLogging.toConsoleAndFile(SafkgHome.get().resolve("logs"));
            }
            try (SafkgServer server = SafkgServer.start(settings, QueryCatalog.fromFolder(queriesDir))) {
                if (sideBySide) {
                    out.print(sideBySide(server, s, jobs, PasswordFile.read(passwd)));
                    out.flush();
                    return 0;
                }
                String url = "http://localhost:" + server.port() + (user == null ? "/safkg/query" : "/safkg-research/query");
                out.print(run(url, jobs, SafkgHome.login(user)));
            }
        }
        return 0;
    }

    /** The jobs of the queries named by --queries, in the catalogue's order; a name that is no query is refused. */
    private List<HttpBenchmark.Job> selected(List<HttpBenchmark.Job> jobs) {
        if (queries == null) return jobs;
        List<String> known = jobs.stream().map(j -> j.query().name()).toList();
        for (String name : queries) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("--queries: no competency query '" + name + "'; the queries are: " + String.join(", ", known));
            }
        }
        return jobs.stream().filter(j -> queries.contains(j.query().name())).toList();
    }

    /** A benchmark that could not give figures: one line, exit code 1. */
    static final class BenchmarkStopped extends RuntimeException {
        BenchmarkStopped(String message) {
            super(message);
        }
    }

    private int scale(PrintWriter out) throws java.io.IOException {
        if (scale.stream().anyMatch(n -> n < 1)) throw new IllegalArgumentException("--scale sizes must be at least 1 triple");
        if (repeat < 1) throw new IllegalArgumentException("--repeat must be at least 1");
        Path dir = work != null ? java.nio.file.Files.createDirectories(work) : java.nio.file.Files.createTempDirectory("safkg-scale-");
        List<String> opts = javaOpts.isBlank() ? List.of() : List.of(javaOpts.strip().split("\\s+"));
        StringBuilder text = new StringBuilder(String.format("SAF-KG beside plain Jena, each step in its own JVM (options: %s), %d processors, Java %s, %s, in %s%n%n",
                opts.isEmpty() ? "none" : String.join(" ", opts), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.time.OffsetDateTime.now().withNano(0), dir));
        out.print(text);
        out.flush();
        for (long n : scale) {
            List<ScaleBenchmark.Step> steps;
            try {
                steps = new ScaleBenchmark(dir, opts, repeat).run(n);
            } catch (ScaleBenchmark.StepFailed e) {
                throw new BenchmarkStopped(e.getMessage());
            }
            String part = ScaleBenchmark.table(n, steps) + "\n";
            out.print(part);
            out.flush();
            text.append(part);
        }
        appendResults("./safkg bench --scale " + scale.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))
                + (repeat > 1 ? " --repeat " + repeat : "")
                + (opts.isEmpty() ? "" : " --java-opts \"" + String.join(" ", opts) + "\""), text.toString());
        return 0;
    }

    private void appendResults(String command, String text) throws java.io.IOException {
        if (results == null) return;
        String entry = String.format("%n## %s on %s%n%nCommand: `%s`%n%n%s", java.time.LocalDate.now(),
                java.net.InetAddress.getLocalHost().getHostName(), command, text);
        java.nio.file.Files.writeString(results, entry, java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private String sideBySide(SafkgServer server, StudyStore s, List<HttpBenchmark.Job> jobs, java.util.Map<String, String> logins) throws java.io.IOException {
        try (PlainFuseki plain = PlainFuseki.start(s.datasetGraph())) {
            String base = "http://localhost:" + server.port();
            String researcher = DeploymentConfig.RESEARCH_USERS.get(0);
            List<SideBySideBenchmark.Target> targets = List.of(
                    new SideBySideBenchmark.Target("public", base + "/" + SafkgServer.PUBLIC + "/query", null),
                    new SideBySideBenchmark.Target("research", base + "/" + SafkgServer.RESEARCH + "/query",
                            new RemoteQueryRunner.Login(researcher, logins.get(researcher)).header()),
                    new SideBySideBenchmark.Target("plain", plain.queryUrl(), null));
            SideBySideBenchmark.Report report;
            try {
                report = new SideBySideBenchmark(targets, jobs).run(runs, minWarmupRounds, maxWarmupRounds);
            } catch (SideBySideBenchmark.Refused e) {
                throw new BenchmarkStopped(e.getMessage() + " (no figures: every query must answer on every endpoint)");
            }
            String text = String.format("SAF-KG (public, research) and a plain Fuseki over the same TDB2 store %s, one client, "
                    + "%d processors, Java %s, %s%n%n%s", store.location(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), java.time.OffsetDateTime.now().withNano(0), SideBySideBenchmark.table(report));
            appendResults("./safkg bench --side-by-side --store " + store.location() + " --runs " + runs + " --min-warmup-rounds " + minWarmupRounds
                    + " --max-warmup-rounds " + maxWarmupRounds + (queries == null ? "" : " --queries " + String.join(",", queries)), text);
            return text;
        }
    }

    private String run(String url, List<HttpBenchmark.Job> jobs, RemoteQueryRunner.Login login) throws InterruptedException {
        var results = HttpBenchmark.run(url, jobs, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup), login);
        return String.format("%d clients, %d s measured after %d s warm-up, against %s (%d processors)%n%n%s", clients, seconds, warmup, url,
                Runtime.getRuntime().availableProcessors(), HttpBenchmark.table(results));
    }

}
