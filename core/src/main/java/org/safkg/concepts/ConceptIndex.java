package org.safkg.concepts;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/** The concepts that bundle cells may name, by scheme and notation, with nearest-match suggestions. */
public final class ConceptIndex {
    private static final String QUERY = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?concept ?notation ?schemeId (SAMPLE(?cls) AS ?class) WHERE {
              ?concept a skos:Concept ; skos:notation ?notation ; skos:inScheme ?scheme .
              ?scheme skos:notation ?schemeId .
              OPTIONAL { ?concept a ?cls FILTER(?cls != skos:Concept) }
            } GROUP BY ?concept ?notation ?schemeId
            """;

    private final Map<String, Concept> byNotation = new LinkedHashMap<>();
    private final Map<String, Map<String, Concept>> byScheme = new TreeMap<>();

    /** The concepts of SAF-KG's concept schemes. */
    public static ConceptIndex fromGraph(Graph conceptGraph) {
        ConceptIndex index = new ConceptIndex();
        Model m = ModelFactory.createModelForGraph(conceptGraph);
        try (QueryExecution qe = QueryExecution.model(m).query(QUERY).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String cls = s.contains("class") ? s.getResource("class").getURI() : null;
                index.add(new Concept(s.getLiteral("notation").getLexicalForm(), s.getLiteral("schemeId").getLexicalForm(),
                        s.getResource("concept").getURI(), cls));
            }
        }
        return index;
    }

    /** Adds a concept; a bundle's own concepts extend the schemes this way. */
    public void add(Concept c) {
        byNotation.put(c.notation(), c);
        byScheme.computeIfAbsent(c.scheme(), k -> new TreeMap<>()).put(c.notation(), c);
    }

    public Optional<Concept> find(String notation) {
        return Optional.ofNullable(byNotation.get(notation));
    }

    public Optional<Concept> find(String scheme, String notation) {
        return Optional.ofNullable(byScheme.getOrDefault(scheme, Map.of()).get(notation));
    }

    public boolean hasScheme(String scheme) {
        return byScheme.containsKey(scheme);
    }

    public Collection<String> schemes() {
        return byScheme.keySet();
    }

    /** The notations of a scheme, sorted; all notations when scheme is null. */
    public List<String> notations(String scheme) {
        if (scheme == null) return byNotation.keySet().stream().sorted().toList();
        return List.copyOf(byScheme.getOrDefault(scheme, Map.of()).keySet());
    }

    /** The closest notation in the scheme (or anywhere, if scheme is null), if it is close enough to be a typo. */
    public Optional<String> nearest(String scheme, String value) {
        LevenshteinDistance lev = LevenshteinDistance.getDefaultInstance();
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return notations(scheme).stream()
                .min(Comparator.comparingInt((String n) -> lev.apply(v, n)).thenComparing(n -> n))
                .filter(n -> lev.apply(v, n) <= Math.max(3, n.length() / 3));
    }
}
