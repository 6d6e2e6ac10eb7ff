package org.safkg.queries;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/**
 * An expectation file beside a query: {@code NAME.expected.csv} (no parameters) or
 * {@code NAME.expected.KEY=VALUE[,KEY=VALUE].csv}; a header of variable names, then the rows as
 * plain strings (IRIs as written, literals by their lexical form, unbound as empty). Lines starting
 * with {@code #} are comments (see {@link #FORMAT}); a file with comments is never rewritten by {@link #write}.
 */
record ExpectedResults(String query, Map<String, String> params, Path file) {
    /**
     * RFC 4180 with a header; a line that starts with {@code #} is a comment (e.g. the paper's words
     * for the row below it), so no expected value may start a line with {@code #}.
     */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').get();

    static List<ExpectedResults> beside(Path queryFile) {
        String name = queryFile.getFileName().toString().replaceFirst("\\.rq$", "");
        return org.safkg.query.ExpectationFiles.of(name, queryFile.getParent()).stream()
                .map(e -> new ExpectedResults(name, e.parameters(), e.file())).toList();
    }

    List<String> header() {
        return read().header;
    }

    List<List<String>> rows() {
        return read().rows;
    }

    private record Table(List<String> header, List<List<String>> rows) {}

    private Table read() {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, FORMAT)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) rows.add(rec.toList());
            return new Table(p.getHeaderNames(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A result set as rows of strings, in the expectation's form. */
    static List<List<String>> asRows(ResultSetRewindable rs) {
        rs.reset();
        List<List<String>> rows = new ArrayList<>();
        List<String> vars = rs.getResultVars();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) row.add(str(s.get(v)));
            rows.add(row);
        }
        rs.reset();
        return rows;
    }

    private static String str(RDFNode n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        if (n.isURIResource()) return n.asResource().getURI();
        return "_:" + n.asResource().getId().getLabelString();
    }

    /** Writes a result set as an expectation file (to bootstrap one; review it before committing). */
    static void write(Path file, ResultSetRewindable rs) {
        try {
            // a file with comments (the paper's words for its rows) was written by hand: never overwrite it
            if (Files.readAllLines(file, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith("#"))) return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(rs.getResultVars());
            for (List<String> row : asRows(rs)) p.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
