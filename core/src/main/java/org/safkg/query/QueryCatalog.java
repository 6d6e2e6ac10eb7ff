package org.safkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The competency queries of a folder (or of the packaged queries on the classpath), by name. */
public final class QueryCatalog {
    private static final String CLASSPATH_DIR = "safkg/queries/";
    private final Map<String, CompetencyQuery> queries;
    private final String origin;
    private final Map<String, String> rejected;

    private QueryCatalog(Map<String, CompetencyQuery> queries, String origin, Map<String, String> rejected) {
        this.queries = queries;
        this.origin = origin;
        this.rejected = rejected;
    }

    /** The {@code *.rq} files of a folder; a file that is not a valid competency query is set aside ({@link #rejected}). */
    public static QueryCatalog fromFolder(Path folder) {
        Map<String, CompetencyQuery> m = new TreeMap<>();
        Map<String, String> rejected = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                // one bad file is reported and set aside: the others still run
                try {
                    CompetencyQuery q = CompetencyQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8));
                    org.apache.jena.query.QueryFactory.create(q.sparql()); // its SPARQL parses, or it is set aside now rather than fail later
                    m.put(name, q);
                } catch (RuntimeException | IOException e) {
                    rejected.put(name, f + ": " + firstLine(e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the queries in " + folder, e);
        }
        return new QueryCatalog(m, folder.toString(), rejected);
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The queries packaged in the safkg-queries jar (or its classes folder). */
    public static QueryCatalog fromClasspath() {
        URL url = QueryCatalog.class.getClassLoader().getResource(CLASSPATH_DIR);
        if (url == null) throw new IllegalStateException("no packaged queries on the classpath (" + CLASSPATH_DIR + ")");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromFolder(fs.getPath(CLASSPATH_DIR));
                }
            }
            return fromFolder(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the packaged queries: " + e.getMessage(), e);
        }
    }

    public Optional<CompetencyQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    public Map<String, CompetencyQuery> all() {
        return queries;
    }

    /** Where the queries were read from. */
    public String origin() {
        return origin;
    }

    /** The files that are not valid competency queries: name to "file: why". */
    public Map<String, String> rejected() {
        return rejected;
    }
}
