package org.safkg.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.ParameterCheck;
import org.safkg.query.QueryParameter;

/**
 * Shell-completion candidates for {@code --param}: {@code KEY=VALUE} for every parameter of the competency queries,
 * the values taken from the concept schemes and the bundled studies' CSV files (no store is opened to complete a word).
 */
final class ParameterValues implements Iterable<String> {
    /** A string parameter's values: the file of the bundles and its column. */
    private static final Map<String, List<String>> FROM_BUNDLES = Map.of(
            "siteId", List.of("sites.csv", "id"),
            "episodeId", List.of("episodes.csv", "id"),
            "studyId", List.of("study.csv", "id"),
            "icbCode", List.of("sites.csv", "gss_code"));

    @Override
    public Iterator<String> iterator() {
        try {
            Path home = SafkgHome.get();
            Model concepts = RDFDataMgr.loadModel(home.resolve("ontology/saf-kg-concepts.ttl").toString());
            TreeSet<String> conceptIds = new TreeSet<>(), schemeIds = new TreeSet<>();
            concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
                if (c.hasProperty(SKOS.notation)) conceptIds.add(c.getProperty(SKOS.notation).getString());
            });
            concepts.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEach(s -> {
                if (s.hasProperty(SKOS.notation)) schemeIds.add(s.getProperty(SKOS.notation).getString());
            });
            TreeSet<String> out = new TreeSet<>();
            for (CompetencyQuery q : QueryCommand.catalog(null).all().values()) {
                for (QueryParameter p : q.parameters()) {
                    TreeSet<String> values = p.type() == QueryParameter.Type.CONCEPT ? conceptIds
                            : p.name().equals("schemeId") ? schemeIds
                            : bundleColumn(home.resolve("data"), FROM_BUNDLES.get(ParameterCheck.isStudyParameter(p.name()) ? "studyId" : p.name()));
                    values.forEach(v -> out.add(p.name() + "=" + v));
                }
            }
            return out.iterator();
        } catch (RuntimeException | IOException e) {
            return java.util.Collections.emptyIterator(); // completion must never break the shell
        }
    }

    private static TreeSet<String> bundleColumn(Path data, List<String> fileAndColumn) throws IOException {
        TreeSet<String> values = new TreeSet<>();
        if (fileAndColumn == null || !Files.isDirectory(data)) return values;
        try (var bundles = Files.list(data)) {
            for (Path f : bundles.map(b -> b.resolve(fileAndColumn.get(0))).filter(Files::isRegularFile).toList()) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                     CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                    if (!p.getHeaderNames().contains(fileAndColumn.get(1))) continue;
                    for (CSVRecord rec : p) {
                        String v = rec.get(fileAndColumn.get(1)).strip();
                        if (v.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) values.add(v);
                    }
                }
            }
        }
        return values;
    }
}
