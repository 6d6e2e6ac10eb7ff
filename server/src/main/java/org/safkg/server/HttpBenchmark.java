package org.safkg.server;

import org.safkg.remote.RemoteQueryRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.ExpectationFiles;
import org.safkg.query.QueryCatalog;
import org.safkg.query.QueryParameter;
import org.safkg.query.QueryRunner;

/**
 * Fires N concurrent clients at the competency queries over HTTP for T seconds and measures the
 * latency (p50/p95/p99) and throughput of each query. Each client runs the queries in turn, from
 * its own starting point, so that all queries run concurrently with all others.
 */
public final class HttpBenchmark {
    /** One query of the workload, with the parameters it runs with. */
    public record Job(CompetencyQuery query, Map<String, Node> bindings) {}

    /** The figures for one query: latencies in milliseconds, throughput in queries per second. */
    public record Result(String query, long runs, long errors, double p50, double p95, double p99, double throughput) {}

    private HttpBenchmark() {}

    /**
     * Every competency query, with the values of its first expectation file that names parameters
     * (e.g. site-leadership.expected.siteId=S3.csv), optional ones too; a query with a required
     * parameter must have such a file.
     */
    public static List<Job> workload(QueryCatalog catalog, Path queriesDir) {
        List<Job> jobs = new ArrayList<>();
        for (CompetencyQuery q : catalog.all().values()) {
            // a query runs as researchers ask it: with the parameters of its first expectation file when it has one
            // (an optional parameter too: unbound, a lookup is a listing of the whole store)
            Map<String, String> params = firstParameters(q.name(), queriesDir).orElseGet(LinkedHashMap::new);
            if (params.isEmpty() && q.parameters().stream().anyMatch(QueryParameter::required)) {
                throw new IllegalArgumentException("query " + q.name() + " has a required parameter but no " + q.name()
                        + ".expected.KEY=VALUE.csv to take a value from");
            }
            jobs.add(new Job(q, QueryRunner.bind(q, params)));
        }
        return jobs;
    }

    private static java.util.Optional<Map<String, String>> firstParameters(String name, Path dir) {
        return ExpectationFiles.of(name, dir).stream().map(ExpectationFiles.Expectation::parameters).filter(p -> !p.isEmpty())
                .findFirst().map(LinkedHashMap::new);
    }

    /** Runs the workload against the endpoint: a warm-up (not measured), then the measured period. */
    public static List<Result> run(String endpoint, List<Job> jobs, int clients, Duration duration, Duration warmup,
                                   RemoteQueryRunner.Login login) throws InterruptedException {
        drive(endpoint, jobs, clients, warmup, login, null, null);
        Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        jobs.forEach(j -> {
            latencies.put(j.query().name(), new ConcurrentLinkedQueue<>());
            errors.put(j.query().name(), new AtomicLong());
        });
        long started = System.nanoTime();
        drive(endpoint, jobs, clients, duration, login, latencies, errors);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Result> out = new ArrayList<>();
        for (Job j : jobs) {
            String name = j.query().name();
            long[] ns = latencies.get(name).stream().mapToLong(Long::longValue).sorted().toArray();
            out.add(new Result(name, ns.length, errors.get(name).get(), pct(ns, 50), pct(ns, 95), pct(ns, 99), ns.length / seconds));
        }
        return out;
    }

    private static void drive(String endpoint, List<Job> jobs, int clients, Duration period, RemoteQueryRunner.Login login,
                              Map<String, ConcurrentLinkedQueue<Long>> latencies, Map<String, AtomicLong> errors) throws InterruptedException {
        long end = System.nanoTime() + period.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    Job job = jobs.get(i % jobs.size());
                    long t0 = System.nanoTime();
                    try {
                        RemoteQueryRunner.select(endpoint, job.query(), job.bindings(), login);
                        if (latencies != null) latencies.get(job.query().name()).add(System.nanoTime() - t0);
                    } catch (RuntimeException e) {
                        if (errors != null) errors.get(job.query().name()).incrementAndGet();
                    }
                }
            }, "bench-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
    }

    private static double pct(long[] nanos, int p) {
        return nanos.length == 0 ? Double.NaN : SideBySideBenchmark.percentile(java.util.Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray(), p);
    }

    /** The results as a Markdown table, with a total row. */
    public static String table(List<Result> results) {
        StringBuilder sb = new StringBuilder("| query | runs | errors | p50 ms | p95 ms | p99 ms | queries/s |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            sb.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", r.query(), r.runs(), r.errors(), r.p50(), r.p95(), r.p99(), r.throughput()));
        }
        long runs = results.stream().mapToLong(Result::runs).sum();
        long errs = results.stream().mapToLong(Result::errors).sum();
        double tput = results.stream().mapToDouble(Result::throughput).sum();
        double[] p50s = results.stream().mapToDouble(Result::p50).sorted().toArray();
        sb.append(String.format("| **all** | %d | %d | median of p50s %.1f | | | %.1f |%n", runs, errs, p50s.length == 0 ? Double.NaN : p50s[p50s.length / 2], tput));
        return sb.toString();
    }

}
