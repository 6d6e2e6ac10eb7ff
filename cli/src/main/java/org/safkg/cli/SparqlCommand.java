package org.safkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.safkg.query.AdHocQuery;
import org.safkg.rdf4j.Rdf4jEngine;
import org.safkg.rdf4j.TermConverter;
import org.safkg.store.StudyStore;
import org.safkg.vocab.Namespaces;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg sparql}: runs the user's own SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) with SAF-KG's prefixes predeclared. */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        header = "Run your own SPARQL, with the prefixes predeclared.",
        description = {"Run your own SPARQL query: a .rq file, - for standard input, or the query text itself.",
                "SAF-KG's prefixes are declared for you (list them with --prefixes). SELECT, ASK, CONSTRUCT and DESCRIBE;",
                "on the embedded store (default), on RDF4J (--engine rdf4j) or on any endpoint (--endpoint URL)."})
final class SparqlCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json, xml, ttl, jsonld, nt, rdfxml }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "A file (e.g. my.rq), - for standard input, or the query text.")
    String query;

    @Option(names = "--prefixes", description = "List the predeclared prefixes and exit.")
    boolean listPrefixes;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "SELECT and ASK: table, csv, tsv, json or xml. CONSTRUCT and DESCRIBE: ttl, jsonld, nt or rdfxml (table means ttl). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Stop the query after this long. Default: ${DEFAULT-VALUE}.")
    long timeout;

    @Mixin
    QueryTarget target;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (listPrefixes) {
            Namespaces.all().forEach((p, ns) -> out.printf("PREFIX %-8s <%s>%n", p + ":", ns));
            out.flush();
            return 0;
        }
        if (query == null) throw new IllegalArgumentException("give a query: a .rq file, - for standard input, or the query text (see --help)");
        if (timeout < 1) throw new IllegalArgumentException("--timeout must be at least 1 second, got " + timeout);
        Query q;
        try {
            q = AdHocQuery.parse(text());
        } catch (AdHocQuery.SyntaxError e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return SafkgCommand.EXIT_BAD_INPUT;
        }
        checkFormat(q);
        try {
            if (target.endpoint != null) {
                QueryExecHTTPBuilder b = QueryExecHTTPBuilder.service(target.endpoint).query(q).timeout(timeout, TimeUnit.SECONDS);
                var login = SafkgHome.login(target.user);
                if (login != null) b.httpHeader("Authorization", login.header());
                try (QueryExec exec = b.build()) {
                    print(q, exec, out);
                }
            } else {
                try (StudyStore s = ReadyStore.open(target.store.location(), spec.commandLine().getErr())) {
                    if (target.engine == QueryTarget.Engine.rdf4j) {
                        onRdf4j(s, q, out);
                    } else {
                        QueryExecBuilder b = QueryExec.dataset(s.datasetGraph()).query(q).timeout(timeout, TimeUnit.SECONDS);
                        Txn.executeRead(s.datasetGraph(), () -> {
                            try (QueryExec exec = b.build()) {
                                print(q, exec, out);
                            }
                        });
                    }
                }
            }
        } catch (QueryCancelledException | org.eclipse.rdf4j.query.QueryInterruptedException e) {
            out.flush();
            spec.commandLine().getErr().println("error: the query ran for more than " + timeout + " s and was stopped; narrow it, or give --timeout SECONDS");
            return 1;
        }
        out.flush();
        return 0;
    }

    private String text() {
        try {
            if (query.equals("-")) {
                InputStream in = System.in;
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path file = Path.of(query);
            if (query.length() < 4096 && !query.contains("\n") && Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8);
            if (query.endsWith(".rq") && !query.contains(" ")) throw new IllegalArgumentException("no query file " + query);
            return query;
        } catch (java.nio.file.InvalidPathException e) {
            return query;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkFormat(Query q) {
        boolean graphFormat = format == Format.ttl || format == Format.jsonld || format == Format.nt || format == Format.rdfxml;
        boolean resultsFormat = format == Format.csv || format == Format.tsv || format == Format.json || format == Format.xml;
        if ((q.isSelectType() || q.isAskType()) && graphFormat) {
            throw new IllegalArgumentException("-f " + format + " is for CONSTRUCT and DESCRIBE; a " + (q.isAskType() ? "ASK" : "SELECT")
                    + " query gives table, csv, tsv, json or xml");
        }
        if ((q.isConstructType() || q.isDescribeType()) && resultsFormat) {
            throw new IllegalArgumentException("-f " + format + " is for SELECT and ASK; a " + (q.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                    + " query gives ttl, jsonld, nt or rdfxml");
        }
    }

    private void print(Query q, QueryExec exec, PrintWriter out) {
        if (q.isSelectType()) out.print(results(ResultSetFactory.copyResults(ResultSet.adapt(exec.select()))));
        else if (q.isAskType()) out.print(bool(exec.ask()));
        else out.print(graph(q.isConstructType() ? exec.construct() : exec.describe()));
    }

    private void onRdf4j(StudyStore s, Query q, PrintWriter out) {
        // the query as Jena parsed it, its prefixes written out, so that RDF4J reads the same query
        String sparql = q.serialize();
        int seconds = (int) Math.min(timeout, Integer.MAX_VALUE);
        try (Rdf4jEngine rdf4j = Rdf4jEngine.memoryCopyOf(s); RepositoryConnection c = rdf4j.repository().getConnection()) {
            if (q.isSelectType()) {
                out.print(results(Rdf4jEngine.select(rdf4j.repository(), sparql, java.util.Map.of(), seconds).toResultSet()));
            } else if (q.isAskType()) {
                var ask = c.prepareBooleanQuery(QueryLanguage.SPARQL, sparql);
                ask.setMaxExecutionTime(seconds);
                out.print(bool(ask.evaluate()));
            } else {
                Graph g = GraphFactory.createDefaultGraph();
                var construct = c.prepareGraphQuery(QueryLanguage.SPARQL, sparql);
                construct.setMaxExecutionTime(seconds);
                try (GraphQueryResult r = construct.evaluate()) {
                    r.forEach(st -> g.add(TermConverter.toJenaTriple(st)));
                }
                out.print(graph(g));
            }
        }
    }

    private String results(ResultSetRewindable rs) {
        return QueryCommand.render(rs, QueryCommand.Format.valueOf(format.name()));
    }

    private String bool(boolean answer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case json -> ResultSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON).write(bytes, answer, null);
            case xml -> ResultSetWriterRegistry.getFactory(ResultSetLang.RS_XML).create(ResultSetLang.RS_XML).write(bytes, answer, null);
            case csv -> ResultSetWriterRegistry.getFactory(ResultSetLang.RS_CSV).create(ResultSetLang.RS_CSV).write(bytes, answer, null);
            case tsv -> ResultSetWriterRegistry.getFactory(ResultSetLang.RS_TSV).create(ResultSetLang.RS_TSV).write(bytes, answer, null);
            default -> {
                return answer + System.lineSeparator();
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String graph(Graph g) {
        g.getPrefixMapping().setNsPrefixes(Namespaces.all());
        RDFFormat f = switch (format) {
            case jsonld -> RDFFormat.JSONLD_PRETTY;
            case nt -> RDFFormat.NTRIPLES_UTF8;
            case rdfxml -> RDFFormat.RDFXML_PRETTY;
            default -> RDFFormat.TURTLE_PRETTY;
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, g, f);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
