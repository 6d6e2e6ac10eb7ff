package org.safkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safkg.query.QueryRunner;

/**
 * Sequential latency of every competency query on several endpoints (SAF-KG's and a plain Fuseki over the same store),
 * run in the same process and interleaved request by request, so that the machine's noise falls on all of them alike.
 * The warm-up lasts until the round times stop falling (after a minimum), not for a fixed time; then every query runs the same fixed
 * number of times on every endpoint, whatever its speed. The harness's own cost is measured as {@code ASK {}}.
 */
public final class SideBySideBenchmark {
    /** An endpoint to measure: its label in the report, its query URL, and an Authorization header or null. */
    public record Target(String label, String url, String authorization) {}

    /** One query's latencies on each target, in milliseconds. */
    public record Row(String query, Map<String, double[]> millis) {
        public double p50(String target) {
            return percentile(millis.get(target), 50);
        }

        public double p95(String target) {
            return percentile(millis.get(target), 95);
        }
    }

    /** An endpoint answered a query with an error other than its timeout: the figures would be meaningless. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** An endpoint gave up on a query at its timeout (503): that query is reported as not measured, the others go on. */
    public static final class TimedOut extends Refused {
        TimedOut(String message) {
            super(message);
        }
    }

    /**
     * The measured rows, the harness's {@code ASK {}} row, how the warm-up went, and the queries an endpoint timed out on
     * (query name to what it answered), which are in no row.
     */
    public record Report(List<Target> targets, List<Row> rows, Row harness, int warmupRounds, boolean warmupSettled, int runs,
                         Map<String, String> notMeasured) {}

    private static final String ASK = "ASK {}";
    private static final double SETTLED = 1.05;
    private static final int WINDOW = 5;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Target> targets;
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final Map<String, String> notMeasured = new LinkedHashMap<>();

    /** The jobs' queries are bound once, as text, the same for every endpoint. */
    public SideBySideBenchmark(List<Target> targets, List<HttpBenchmark.Job> jobs) {
        this.targets = List.copyOf(targets);
        jobs.forEach(j -> queries.put(j.query().name(), QueryRunner.bound(j.query(), j.bindings()).serialize()));
    }

    /**
     * Warms up for at least {@code minWarmupRounds} rounds (the JIT keeps improving for thousands of requests), then
     * until the median time of the last 5 rounds is within 5% of the median of the 5 before (at most
     * {@code maxWarmupRounds}); then runs every query {@code runs} times on every target.
     */
    public Report run(int runs, int minWarmupRounds, int maxWarmupRounds) {
        List<Double> rounds = new ArrayList<>();
        boolean settled = false;
        while (rounds.size() < maxWarmupRounds && !settled) {
            long t0 = System.nanoTime();
            round(0, null, null);
            rounds.add((System.nanoTime() - t0) / 1e6);
            int n = rounds.size();
            if (n >= Math.max(minWarmupRounds, 2 * WINDOW)) {
                double last = median(rounds.subList(n - WINDOW, n)), before = median(rounds.subList(n - 2 * WINDOW, n - WINDOW));
                settled = Math.max(last, before) <= SETTLED * Math.min(last, before);
            }
        }
        Map<String, Map<String, double[]>> ms = new LinkedHashMap<>();
        for (String q : queries.keySet()) ms.put(q, new LinkedHashMap<>());
        double[] harness = new double[runs];
        for (String q : queries.keySet()) for (Target t : targets) ms.get(q).put(t.label(), new double[runs]);
        for (int r = 0; r < runs; r++) round(r, ms, harness);
        List<Row> rows = new ArrayList<>();
        ms.forEach((q, m) -> {
            if (!notMeasured.containsKey(q)) rows.add(new Row(q, m));
        });
        Target plain = targets.get(targets.size() - 1);
        return new Report(targets, rows, new Row("ASK {} (harness)", Map.of(plain.label(), harness)), rounds.size(), settled, runs,
                Map.copyOf(notMeasured));
    }

    /** Every query once on every target, the targets' order rotated by round so that none always goes first. */
    private void round(int r, Map<String, Map<String, double[]>> ms, double[] harness) {
        for (Map.Entry<String, String> q : List.copyOf(queries.entrySet())) {
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get((i + r) % targets.size());
                double took;
                try {
                    took = time(t, q.getKey(), q.getValue());
                } catch (TimedOut e) {
                    // timing a query that an endpoint gives up on would time its timeout: it is left out, and said so
                    notMeasured.put(q.getKey(), e.getMessage());
                    queries.remove(q.getKey());
                    break;
                }
                if (ms != null) ms.get(q.getKey()).get(t.label())[r] = took;
            }
        }
        double took = time(targets.get(targets.size() - 1), ASK, ASK);
        if (harness != null) harness[r] = took;
    }

    private double time(Target t, String name, String query) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.url())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8));
        if (t.authorization() != null) b.header("Authorization", t.authorization());
        HttpRequest request = b.build();
        try {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> res = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long ns = System.nanoTime() - t0;
            if (res.statusCode() == 503) {
                throw new TimedOut(t.label() + " answered 503 to " + name + ": "
                        + new String(res.body(), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip());
            }
            if (res.statusCode() != 200) {
                throw new Refused(t.label() + " answered " + res.statusCode() + " to " + name + ": "
                        + new String(res.body(), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip());
            }
            return ns / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Double> values) {
        return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(idx, sorted.length - 1))];
    }

    /** The report as Markdown: p50 and p95 per query and target, each target's p50 over the last target's, then the summary. */
    public static String table(Report report) {
        List<Target> ts = report.targets();
        String plain = ts.get(ts.size() - 1).label();
        StringBuilder sb = new StringBuilder("| query |");
        ts.forEach(t -> sb.append(" ").append(t.label()).append(" p50 ms | p95 ms |"));
        ts.subList(0, ts.size() - 1).forEach(t -> sb.append(" ").append(t.label()).append(" / ").append(plain).append(" |"));
        sb.append("\n|---|").append("---:|---:|".repeat(ts.size())).append("---:|".repeat(ts.size() - 1)).append('\n');
        for (Row row : report.rows()) {
            sb.append("| ").append(row.query()).append(" |");
            ts.forEach(t -> sb.append(String.format(" %.2f | %.2f |", row.p50(t.label()), row.p95(t.label()))));
            ts.subList(0, ts.size() - 1).forEach(t -> sb.append(String.format(" %.2f |", row.p50(t.label()) / row.p50(plain))));
            sb.append('\n');
        }
        sb.append(String.format("%n%d measured runs of every query on every endpoint, after %d warm-up rounds (%s).%n", report.runs(),
                report.warmupRounds(), report.warmupSettled() ? "settled: the median of the last 5 rounds within 5% of the 5 before" : "not settled: the round limit was reached"));
        sb.append(String.format("Harness: ASK {} on %s, p50 %.2f ms.%n", plain, report.harness().p50(plain)));
        report.notMeasured().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(String.format("Not measured: %s (%s).%n", e.getKey(), e.getValue())));
        if (report.rows().isEmpty()) {
            sb.append("No query was measured.\n");
            return sb.toString();
        }
        for (Target t : ts.subList(0, ts.size() - 1)) {
            double[] ratios = report.rows().stream().mapToDouble(r -> r.p50(t.label()) / r.p50(plain)).toArray();
            long under5 = report.rows().stream().filter(r -> r.p50(t.label()) <= 5.0).count();
            sb.append(String.format("%s: median ratio to %s %.2f (range %.2f to %.2f); %d of %d queries at p50 <= 5 ms.%n", t.label(), plain,
                    percentile(ratios, 50), Arrays.stream(ratios).min().orElse(Double.NaN), Arrays.stream(ratios).max().orElse(Double.NaN),
                    under5, report.rows().size()));
        }
        return sb.toString();
    }

    /** The median over queries of a target's p50 divided by the last target's p50. */
    public static double medianRatio(Report report, String target) {
        String plain = report.targets().get(report.targets().size() - 1).label();
        return percentile(report.rows().stream().mapToDouble(r -> r.p50(target) / r.p50(plain)).toArray(), 50);
    }
}
