package org.safkg.links;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryCatalog;

/** Paths of the repository's data, the shared samples and the queries, and results as rows of strings. */
final class Fixtures {
    private Fixtures() {}

    static Path root() {
        String r = System.getProperty("safkg.root");
        return r != null ? Path.of(r) : Path.of("..").toAbsolutePath().normalize();
    }

    /** The 42 Integrated Care Boards (December 2024) in the shared samples: read there, never copied in. */
    static Path icbSample() {
        return root().resolve("../shared/samples/links/icb_names_codes_dec_2024.csv").normalize();
    }

    static Path fictionalBundle() {
        return root().resolve("data/fictional-icb-demo");
    }

    static Path vanguard() {
        return root().resolve("data/vanguard-2022");
    }

    static CompetencyQuery query(String name) {
        return QueryCatalog.fromFolder(root().resolve("queries")).find(name).orElseThrow();
    }

    static CompetencyQuery linkedQuery(String name) {
        return QueryCatalog.fromFolder(root().resolve("queries/linked")).find(name).orElseThrow();
    }

    /** A copy of a bundle folder under {@code tmp}, for a test to change. */
    static Path copy(Path bundle, Path tmp) throws IOException {
        Path target = tmp.resolve(bundle.getFileName().toString());
        Files.createDirectories(target);
        try (var files = Files.list(bundle)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, target.resolve(f.getFileName()));
        }
        return target;
    }

    /** Replaces the first occurrence of {@code from} in a file of the bundle (which must contain it). */
    static void replace(Path bundle, String file, String from, String to) throws IOException {
        Path f = bundle.resolve(file);
        String s = Files.readString(f, StandardCharsets.UTF_8);
        int i = s.indexOf(from);
        if (i < 0) throw new IllegalArgumentException(from + " not in " + f);
        Files.writeString(f, s.substring(0, i) + to + s.substring(i + from.length()), StandardCharsets.UTF_8);
    }

    /** An expectation file: header then rows, as plain strings. */
    static List<List<String>> csv(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) rows.add(rec.toList());
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A result set as its header then its rows (IRIs as written, literals by lexical form, unbound as empty). */
    static List<List<String>> rows(ResultSetRewindable rs) {
        rs.reset();
        List<List<String>> out = new ArrayList<>();
        out.add(rs.getResultVars());
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : rs.getResultVars()) row.add(str(s.get(v)));
            out.add(row);
        }
        rs.reset();
        return out;
    }

    private static String str(RDFNode n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        return n.isURIResource() ? n.asResource().getURI() : "_:" + n.asResource().getId().getLabelString();
    }
}
