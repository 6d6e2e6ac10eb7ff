package org.safkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expectation files beside a competency query, {@code NAME.expected.csv} or {@code NAME.expected.KEY=VALUE[,KEY=VALUE].csv},
 * and the parameters their names give: the tests read the answers, the benchmark the parameters.
 */
public final class ExpectationFiles {
    /** One expectation file and the parameter values in its name (none for {@code NAME.expected.csv}). */
    public record Expectation(Path file, Map<String, String> parameters) {
        public Expectation {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    private ExpectationFiles() {
    }

    /** The expectation files of the query {@code name} in {@code dir}, ordered by file name. */
    public static List<Expectation> of(String name, Path dir) {
        String prefix = name + ".expected";
        List<Expectation> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (!n.startsWith(prefix) || !n.endsWith(".csv")) continue;
                String middle = n.substring(prefix.length(), n.length() - ".csv".length());
                if (!middle.isEmpty() && !middle.startsWith(".")) continue; // another query's, e.g. NAME.expected-x.csv
                Map<String, String> params = new LinkedHashMap<>();
                if (!middle.isEmpty()) {
                    for (String kv : middle.substring(1).split(",")) {
                        String[] p = kv.split("=", 2);
                        params.put(p[0], p.length > 1 ? p[1] : "");
                    }
                }
                out.add(new Expectation(f, params));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
