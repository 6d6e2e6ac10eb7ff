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

    private QueryCatalog(Map<String, CompetencyQuery> queries, String origin) {
        this.queries = queries;
        this.origin = origin;
    }

    /** The {@code *.rq} files of a folder. */
    public static QueryCatalog fromFolder(Path folder) {
        Map<String, CompetencyQuery> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                m.put(name, CompetencyQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the queries in " + folder, e);
        }
        return new QueryCatalog(m, folder.toString());
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
}
