package org.safkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Reads the module's packaged resources (safkg/ontology/...) and the test resources. */
final class TestResources {
    static final String BASE = "/safkg/ontology/";
    static final String ONTOLOGY = BASE + "saf-kg.ttl";
    static final String CONCEPTS = BASE + "saf-kg-concepts.ttl";
    static final String SHAPES = BASE + "saf-kg-shapes.ttl";
    static final String VIOLATIONS = BASE + "violations";
    static final String GOOD_DATA = "/data/good.ttl";

    static final String SAF = "https://w3id.org/safkg/ontology#";
    static final String CONCEPT = "https://w3id.org/safkg/concept/";
    static final String SCHEME = "https://w3id.org/safkg/concept/scheme/";
    static final String DOI = "https://doi.org/10.1108/JHOM-02-2022-0037";
    static final String SAF_CITATION = "Moulton, S. and Sandfort, J.R. (2017) The Strategic Action Field Framework"
            + " for Policy Implementation Research. Policy Studies Journal 45(1) 144-169";
    static final String TECHNICAL_SOURCE = "SAF-KG";

    private TestResources() {}

    static InputStream open(String resource) {
        InputStream in = TestResources.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
        return in;
    }

    static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh model holding the union of the given Turtle resources. */
    static Model model(String... resources) {
        Model m = ModelFactory.createDefaultModel();
        for (String r : resources) {
            try (InputStream in = open(r)) {
                RDFDataMgr.read(m, in, "http://invalid.example/base/", Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }

    /** The ontology and the concept schemes, as one model. */
    static Model ontologyAndConcepts(String... more) {
        List<String> all = new ArrayList<>(List.of(ONTOLOGY, CONCEPTS));
        all.addAll(List.of(more));
        return model(all.toArray(String[]::new));
    }

    /** The names (without "-violation.rq") of the packaged violation queries, sorted. */
    static List<String> violationNames() {
        URL url = TestResources.class.getResource(VIOLATIONS);
        if (url == null) throw new IllegalStateException("missing classpath folder " + VIOLATIONS);
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("-violation.rq"))
                    .map(n -> n.substring(0, n.length() - "-violation.rq".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String violationText(String name) {
        return text(VIOLATIONS + "/" + name + "-violation.rq");
    }

    static Query violationQuery(String name) {
        return QueryFactory.create(violationText(name));
    }

    /** Runs a SELECT query and returns its rows, each printed as one line. */
    static List<String> rows(Query query, Model data) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, data)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                StringBuilder sb = new StringBuilder();
                rs.getResultVars().forEach(v -> sb.append(v).append('=').append(s.get(v)).append(' '));
                out.add(sb.toString().trim());
            }
        }
        return out;
    }

    /** The repository root (set by the parent pom for surefire; falls back to the parent folder). */
    static Path repositoryRoot() {
        String root = System.getProperty("safkg.root");
        Path p = root == null || root.isBlank() ? Path.of("..") : Path.of(root);
        return p.toAbsolutePath().normalize();
    }

    /** Value of a "# key: value" header line of a test resource, or null. */
    static String header(String resourceText, String key) {
        String prefix = "# " + key + ":";
        return resourceText.lines()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()).trim())
                .findFirst().orElse(null);
    }
}
