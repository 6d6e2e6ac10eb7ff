package org.safkg.rdf4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;

/**
 * The competency queries of queries/ with the parameters of each expectation file beside them
 * ({@code NAME.expected.csv}, {@code NAME.expected.KEY=VALUE[,KEY=VALUE].csv}), the same discovery
 * as the queries module's test, so that every expectation is also a parity case.
 */
public record QueryCases(CompetencyQuery query, Map<String, String> params, Path expectation) {
    public static final Path ROOT = Path.of(System.getProperty("safkg.root", ".."));
    static final Path QUERIES = ROOT.resolve("queries");

    public static List<QueryCases> all() {
        QueryCatalog catalog = QueryCatalog.fromFolder(QUERIES);
        List<QueryCases> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(QUERIES)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                int at = n.indexOf(".expected");
                if (at < 0 || !n.endsWith(".csv")) continue;
                CompetencyQuery q = catalog.find(n.substring(0, at)).orElseThrow(() -> new IllegalStateException("no query for " + n));
                String middle = n.substring(at + ".expected".length(), n.length() - ".csv".length());
                Map<String, String> params = new LinkedHashMap<>();
                if (!middle.isEmpty()) {
                    for (String kv : middle.substring(1).split(",")) {
                        String[] p = kv.split("=", 2);
                        params.put(p[0], p[1]);
                    }
                }
                out.add(new QueryCases(q, params, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public boolean ordered() {
        return QueryFactory.create(query.sparql()).hasOrderBy();
    }

    /** The number of data rows of the expectation file (its lines but the header, CSV fields may hold line breaks). */
    long expectedRowCount() {
        try (var p = org.apache.commons.csv.CSVParser.parse(expectation, java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setCommentMarker('#').get())) { // # lines are comments, as in the queries module
            return p.stream().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String label() {
        return expectation.getFileName().toString();
    }
}
