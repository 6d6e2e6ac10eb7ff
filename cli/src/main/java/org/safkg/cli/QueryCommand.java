package org.safkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;
import org.safkg.vocab.Namespaces;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg query}: runs a competency query by name, with parameters bound as RDF terms. */
@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Run a competency query, its parameters bound as terms.",
        description = {"Run a competency query (a file in queries/) on the embedded store; the bundled study is loaded first if the store is empty.",
                "With --endpoint URL, run it against any SPARQL endpoint instead (parameters still bound as terms).",
                "Without NAME, list the queries with their questions and parameters."})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json, xml }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The query's name, e.g. who-led.",
            completionCandidates = QueryNames.class)
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", completionCandidates = ParameterValues.class,
            description = "A parameter, bound as an RDF term (never pasted into the query), e.g. --param siteId=S3.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or xml (SPARQL 1.1 results formats). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of .rq files (default: queries/ in the repository).")
    Path queries;

    @Mixin
    QueryTarget target;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalog catalog = catalog();
        catalog.rejected().forEach((n, why) -> spec.commandLine().getErr().println("warning: skipped " + why));
        if (name != null && catalog.rejected().containsKey(name)) {
            throw new IllegalArgumentException("the query '" + name + "' cannot run: " + catalog.rejected().get(name));
        }
        if (name == null) {
            catalog.all().values().forEach(q -> {
                out.printf("%-28s %s%n", q.name(), q.question());
                q.parameters().forEach(p -> out.printf("%-28s   --param %s=...  (%s%s) %s%n", "", p.name(),
                        p.type().name().toLowerCase(), p.required() ? ", required" : "", p.description()));
            });
            return 0;
        }
        CompetencyQuery q = catalog.find(name).orElseThrow(() -> new IllegalArgumentException(
                "no query named '" + name + "' in " + catalog.origin() + "; run 'safkg query' to list them"));
        out.print(render(target.select(q, params, spec.commandLine().getErr()), format));
        out.flush();
        return 0;
    }

    /** The competency queries' names, for shell completion (safkg generate-completion). */
    static final class QueryNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            try {
                return catalog(null).all().keySet().iterator();
            } catch (RuntimeException e) {
                return java.util.Collections.emptyIterator();
            }
        }
    }

    private QueryCatalog catalog() {
        return catalog(queries);
    }

    /** The queries of DIR, else of queries/ in the repository, else those packaged in the jar. */
    static QueryCatalog catalog(Path queries) {
        Path dir = queries != null ? queries : SafkgHome.get().resolve("queries");
        return dir.toFile().isDirectory() ? QueryCatalog.fromFolder(dir) : QueryCatalog.fromClasspath();
    }

    static String render(ResultSetRewindable rs, Format format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(bytes, rs);
            case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
            case xml -> ResultSetFormatter.outputAsXML(bytes, rs);
            default -> { return PlainTable.render(rs, Namespaces.prefixMapping()); }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

}
