package org.safkg.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/** Runs the JMH benchmarks (JMH's own options apply, e.g. {@code -p triples=1000000}) and prints a table with the ratios. */
public final class BenchmarkMain {
    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        System.out.print(report(results));
    }

    /** A Markdown table of every result (median and mean of the measured iterations) and, per binding, filter time / lookup time. */
    public static String report(Collection<RunResult> results) {
        StringBuilder s = new StringBuilder("| benchmark | parameters | median | mean ± 99.9% | unit |\n|---|---|---:|---:|---|\n");
        Map<String, Double> lookups = new LinkedHashMap<>(), filters = new LinkedHashMap<>();
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            Result<?> primary = r.getPrimaryResult();
            String method = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.', p.getBenchmark().lastIndexOf('.') - 1) + 1);
            String params = String.join(", ", p.getParamsKeys().stream().map(k -> k + "=" + p.getParam(k)).toList());
            double median = primary.getStatistics().getPercentile(50);
            s.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f ± %.3f | %s |%n", method, params, median, primary.getScore(),
                    primary.getScoreError(), primary.getScoreUnit()));
            if (method.equals("ParameterBindingBenchmark.lookup")) lookups.put(params, median);
            if (method.equals("ParameterBindingBenchmark.filter")) filters.put(params, median);
        }
        if (!lookups.isEmpty()) {
            s.append("\n| binding | filter / lookup (medians) |\n|---|---:|\n");
            lookups.forEach((params, lookup) -> {
                Double filter = filters.get(params);
                if (filter != null) s.append(String.format(Locale.ROOT, "| %s | %.1f |%n", params, filter / lookup));
            });
        }
        return s.toString();
    }
}
