package org.safkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.safkg.synthetic.SyntheticBundleGenerator;

/**
 * Loads and starts at a given size, SAF-KG beside plain Jena, each step in a JVM of its own (so that its peak RSS is
 * its own): {@code safkg load} into a fresh store and {@code safkg load --out x.nq}, against {@code tdb2.tdbloader
 * --loader=basic} and {@code riot --count} on that same x.nq; then {@code safkg serve} and a plain Fuseki over the
 * loaded store, each from process start to its first answer. The bundle is synthetic (deterministic by seed).
 */
final class ScaleBenchmark {
    /** A step that failed or did not answer: one line saying which and why. */
    static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }

    /**
     * One step: its wall time in seconds, its peak RSS in MB (-1 when /usr/bin/time is missing), its peak Java heap in MB
     * (the most the heap held before a collection or at exit: bounded by -Xmx, as the collector lets the heap fill) and
     * the most it still held after a collection (what the step kept live), both from the JVM's GC log; -1 for a step in
     * this JVM or a server.
     */
    record Step(String what, double seconds, long peakRssMb, long peakHeapMb, long liveHeapMb, List<Double> runs) {
        Step {
            runs = List.copyOf(runs);
        }

        Step(String what, double seconds, long peakRssMb, long peakHeapMb, long liveHeapMb) {
            this(what, seconds, peakRssMb, peakHeapMb, liveHeapMb, List.of(seconds));
        }

        Step(String what, double seconds, long peakRssMb) {
            this(what, seconds, peakRssMb, -1, -1);
        }

        /** Repeated runs of one step as one: the median of each figure, and every run's seconds in the order run. */
        static Step median(List<Step> runs) {
            return new Step(runs.get(0).what(), median(runs, Step::seconds), Math.round(median(runs, s -> (double) s.peakRssMb())),
                    Math.round(median(runs, s -> (double) s.peakHeapMb())), Math.round(median(runs, s -> (double) s.liveHeapMb())),
                    runs.stream().map(Step::seconds).toList());
        }

        private static double median(List<Step> runs, java.util.function.ToDoubleFunction<Step> figure) {
            double[] v = runs.stream().mapToDouble(figure).sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    /** A GC log line's "before->after(committed)" heap sizes, e.g. {@code 24M->3M(256M)}. */
    private static final java.util.regex.Pattern GC_HEAP = java.util.regex.Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");
    /** The heap at exit ({@code -Xlog:gc+heap+exit}), e.g. {@code garbage-first heap   total 262144K, used 23456K}. */
    private static final java.util.regex.Pattern EXIT_HEAP = java.util.regex.Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private static final Path TIME = Path.of("/usr/bin/time");

    private final Path work;
    private final List<String> javaOpts;
    private final int repeat;

    ScaleBenchmark(Path work, List<String> javaOpts) {
        this(work, javaOpts, 1);
    }

    /** A benchmark that runs the three loads {@code repeat} times each, alternated, into fresh stores, and reports medians. */
    ScaleBenchmark(Path work, List<String> javaOpts, int repeat) {
        if (repeat < 1) throw new IllegalArgumentException("--repeat must be at least 1");
        this.work = work;
        this.javaOpts = List.copyOf(javaOpts);
        this.repeat = repeat;
    }

    /**
     * The steps at one size, in order: generate, safkg load, safkg load --out, tdbloader basic, riot --count, serve's
     * first start after a build, serve, plain Fuseki, safkg load --to a plain Fuseki.
     */
    List<Step> run(long triples) {
        try {
            Path dir = Files.createDirectories(work.resolve("scale-" + triples));
            Path bundle = dir.resolve("bundle");
            long t0 = System.nanoTime();
            new SyntheticBundleGenerator(1).generate(triples, bundle);
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("generate the bundle (in this JVM)", (System.nanoTime() - t0) / 1e9, -1));
            Path store = dir.resolve("safkg-tdb2");
            Path nq = dir.resolve("study.nq");
            // a 10M-triple bundle's excerpts.csv is larger than the default 64 MiB a bundle file may be
            String limit = String.valueOf(4L << 30);
            Path plain = dir.resolve("plain-tdb2");
            // alternated, so that a slow spell of a shared machine falls on all three rather than on one
            List<Step> loads = new ArrayList<>(), outs = new ArrayList<>(), basics = new ArrayList<>();
            for (int run = 0; run < repeat; run++) {
                for (Path old : List.of(store, store.resolveSibling(store.getFileName() + "-text"), plain)) org.apache.commons.io.FileUtils.deleteDirectory(old.toFile());
                loads.add(child("safkg load", safkg("load", bundle.toString(), "--store", store.toString(), "--max-file-bytes", limit)));
                outs.add(child("safkg load --out x.nq", safkg("load", bundle.toString(), "--out", nq.toString(), "--max-file-bytes", limit)));
                basics.add(child("tdb2.tdbloader --loader=basic x.nq", java("tdb2.tdbloader", "--loader=basic", "--loc", plain.toString(), nq.toString())));
            }
            steps.add(Step.median(loads));
            steps.add(Step.median(outs));
            steps.add(Step.median(basics));
            steps.add(child("riot --count x.nq", java("riotcmd.riot", "--count", nq.toString())));
            // as ./safkg serve starts: the first start after a build writes a class-data archive at exit, later ones map it
            Path jsa = dir.resolve("safkg-serve.jsa");
            steps.add(untilAnswer("safkg serve: first start after a build (writes its class-data archive)",
                    safkg(List.of("-XX:ArchiveClassesAtExit=" + jsa, CDS_QUIET), "serve", "--port", "PORT", "--store", store.toString()), "/safkg/query"));
            steps.add(untilAnswer("safkg serve: start to first answer",
                    safkg(List.of("-XX:SharedArchiveFile=" + jsa, CDS_QUIET), "serve", "--port", "PORT", "--store", store.toString()), "/safkg/query"));
            steps.add(untilAnswer("plain Fuseki: start to first answer", java("org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                    "--loc", dir.resolve("plain-tdb2").toString(), "--port", "PORT", "/plain"), "/plain/query"));
            steps.add(pushToFuseki(bundle, dir.resolve("pushed-tdb2"), nq, limit));
            return steps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code safkg load --to} a plain Fuseki over a new TDB2 store (Graph Store Protocol), timed from the command's start
     * to its end; the server started before and not timed. The step fails unless the server then holds exactly the
     * quads of {@code load --out}'s file.
     */
    private Step pushToFuseki(Path bundle, Path remoteStore, Path nq, String limit) throws IOException {
        Files.createDirectories(remoteStore); // Fuseki's --loc wants a folder that exists
        try (Server fuseki = start("plain Fuseki for load --to", java("org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--update", "--loc", remoteStore.toString(), "--port", "PORT", "/pushed"), "/pushed/query")) {
            String what = "safkg load --to (plain Fuseki, Graph Store Protocol)";
            Step push = child(what, safkg("load", bundle.toString(), "--to", "http://localhost:" + fuseki.port + "/pushed/data",
                    "--max-file-bytes", limit));
            long expected;
            try (var lines = Files.lines(nq, StandardCharsets.UTF_8)) {
                expected = lines.count();
            }
            HttpRequest count = HttpRequest.newBuilder(URI.create("http://localhost:" + fuseki.port + "/pushed/query"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).build();
            String there = HttpClient.newHttpClient().send(count, HttpResponse.BodyHandlers.ofString()).body().lines().skip(1).findFirst().orElse("").strip();
            if (!there.equals(Long.toString(expected))) {
                throw new StepFailed(what + ": the server holds " + there + " quads, load --out wrote " + expected);
            }
            return push;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A server started by the benchmark, stopped on close. */
    private record Server(Process process, int port, double secondsToFirstAnswer) implements AutoCloseable {
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The JVM option that keeps class-data sharing's warnings out of the output, as the launcher does. */
    private static final String CDS_QUIET = "-Xlog:cds=off,cds+dynamic=off";

    private List<String> safkg(String... args) {
        return safkg(List.of(), args);
    }

    private List<String> safkg(List<String> jvmOptions, String... args) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Dsafkg.home=" + SafkgHome.get());
        return java(options, SafkgCommand.class.getName(), args);
    }

    private List<String> java(String mainClass, String... args) {
        return java(List.of(), mainClass, args);
    }

    private List<String> java(List<String> properties, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        cmd.addAll(javaOpts);
        // the heap before every collection and at exit, for the step's peak heap; the file is rewritten by each JVM
        cmd.add("-Xlog:gc,gc+heap+exit:file=" + gcLog());
        cmd.addAll(properties);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private Path gcLog() {
        return work.resolve("gc.log");
    }

    /** The most heap the last child JVM held, in MB, from its GC log; -1 if the log says nothing about it. */
    static long peakHeapMb(List<String> gcLog) {
        long peakKb = -1;
        for (String line : gcLog) {
            java.util.regex.Matcher m = GC_HEAP.matcher(line);
            if (m.find()) peakKb = Math.max(peakKb, kb(m.group(1), m.group(2)));
            java.util.regex.Matcher exit = EXIT_HEAP.matcher(line);
            if (exit.find()) peakKb = Math.max(peakKb, Long.parseLong(exit.group(1)));
        }
        return peakKb < 0 ? -1 : (peakKb + 1023) / 1024;
    }

    /** The most heap the last child JVM still held after a collection, in MB; -1 if it never collected. */
    static long liveHeapMb(List<String> gcLog) {
        long liveKb = -1;
        for (String line : gcLog) {
            java.util.regex.Matcher m = GC_HEAP.matcher(line);
            if (m.find()) liveKb = Math.max(liveKb, kb(m.group(3), m.group(4)));
        }
        return liveKb < 0 ? -1 : (liveKb + 1023) / 1024;
    }

    private static long kb(String n, String unit) {
        long v = Long.parseLong(n);
        return switch (unit) { case "K" -> v; case "M" -> v << 10; default -> v << 20; };
    }

    /** Runs a command to its end under /usr/bin/time; a failure stops the benchmark with the command's last words. */
    private Step child(String what, List<String> command) throws IOException {
        Path report = work.resolve("time.txt");
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(TIME)) cmd.addAll(List.of(TIME.toString(), "-o", report.toString(), "-f", "%e %M"));
        cmd.addAll(command);
        Path log = work.resolve("child.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
                p.destroyForcibly();
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                throw new StepFailed(what + " failed: " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<String> gc = Files.exists(gcLog()) ? Files.readAllLines(gcLog(), StandardCharsets.UTF_8) : List.of();
        long heap = peakHeapMb(gc), live = liveHeapMb(gc);
        if (!Files.isExecutable(TIME)) return new Step(what, seconds, -1, heap, live);
        String[] figures = Files.readString(report).strip().lines().reduce((a, b) -> b).orElse("").split(" ");
        return new Step(what, Double.parseDouble(figures[0]), Long.parseLong(figures[1]) / 1024, heap, live);
    }

    /** Starts a server (PORT replaced by a free port) and times it from process start to its first 200 for ASK {}. */
    private Step untilAnswer(String what, List<String> command, String path) throws IOException {
        try (Server server = start(what, command, path)) {
            return new Step(what, server.secondsToFirstAnswer(), -1);
        }
    }

    /** Starts a server (PORT replaced by a free port) and returns it once it answers ASK {} at the path with a 200. */
    private Server start(String what, List<String> command, String path) throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = command.stream().map(a -> a.equals("PORT") ? Integer.toString(port) : a).toList();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile()).start();
        Server server = new Server(p, port, 0);
        try {
            while (System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(5)) {
                if (!p.isAlive()) throw new StepFailed(what + ": the server stopped; see " + work.resolve("server.log"));
                try {
                    if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return new Server(p, port, (System.nanoTime() - t0) / 1e9);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new StepFailed(what + ": no answer within 5 minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The steps as Markdown, with SAF-KG's load and --out over tdbloader basic, and serve over plain Fuseki. */
    static String table(long triples, List<Step> steps) {
        Step load = steps.get(1), out = steps.get(2), basic = steps.get(3), serve = steps.get(6), plain = steps.get(7), push = steps.get(8);
        int runs = load.runs().size();
        StringBuilder sb = new StringBuilder(String.format("### %,d triples (synthetic bundle, seed 1)%s%n%n| step | seconds | peak RSS MB | peak heap MB | heap after GC MB | runs (s) |%n|---|---:|---:|---:|---:|---|%n",
                triples, runs > 1 ? "; the three loads run " + runs + " times each, alternated, medians shown" : ""));
        steps.forEach(s -> sb.append(String.format("| %s | %.1f | %s | %s | %s | %s |%n", s.what(), s.seconds(), mb(s.peakRssMb()), mb(s.peakHeapMb()),
                mb(s.liveHeapMb()), s.runs().size() > 1 ? s.runs().stream().map(r -> String.format("%.1f", r)).collect(java.util.stream.Collectors.joining(", ")) : "")));
        sb.append(String.format("%nsafkg load / tdbloader basic: time %.2f%s, peak RSS %s, peak heap %s; safkg load --out / tdbloader basic: time %.2f; "
                        + "serve / plain Fuseki, start to first answer: %.2f; safkg load --to / safkg load: time %.2f, peak heap %s%n",
                load.seconds() / basic.seconds(), runs > 1 ? " (medians; run by run " + pairRatios(load, basic) + ")" : "", ratio(load, basic),
                heapRatio(load, basic), out.seconds() / basic.seconds(), serve.seconds() / plain.seconds(), push.seconds() / load.seconds(),
                heapRatio(push, load)));
        return sb.toString();
    }

    /** The ratio of two repeated steps' times, run by run (the runs alternate, so each pair ran at nearly the same time). */
    private static String pairRatios(Step a, Step b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.runs().size(); i++) out.add(String.format("%.2f", a.runs().get(i) / b.runs().get(i)));
        return String.join(", ", out);
    }

    private static String mb(long mb) {
        return mb < 0 ? "" : Long.toString(mb);
    }

    private static String heapRatio(Step a, Step b) {
        return a.peakHeapMb() < 0 || b.peakHeapMb() <= 0 ? "n/a" : String.format("%.2f", (double) a.peakHeapMb() / b.peakHeapMb());
    }

    private static String ratio(Step a, Step b) {
        return a.peakRssMb() < 0 || b.peakRssMb() <= 0 ? "n/a" : String.format("%.2f", (double) a.peakRssMb() / b.peakRssMb());
    }
}
