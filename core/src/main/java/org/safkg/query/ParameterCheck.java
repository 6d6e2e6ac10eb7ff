package org.safkg.query;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.vocab.Namespaces;
import org.safkg.vocab.SAF;

/**
 * Checks a query's bound values against the data before it runs: a concept that is no concept in the store, a study id
 * that no study has, or an id (siteId, episodeId, ...; a dcterms:identifier or skos:notation) that no resource has, would
 * give "0 rows" without a word; they are told, with the nearest existing ids (or the studies).
 */
public final class ParameterCheck {
    private static final int NEAREST = 5;

    private ParameterCheck() {
    }

    /** What the check asks of the data, in an embedded store ({@link #of(DatasetGraph)}) or through a SPARQL endpoint. */
    public interface Data {
        /** Whether the node is the subject of a triple. */
        boolean describes(Node node);

        /** Whether something has the literal as its dcterms:identifier or skos:notation. */
        boolean hasId(Node literal);

        /** The ids of the studies. */
        TreeSet<String> studies();

        /** The ids of SAF-KG's concepts (the part of their IRI after the concept namespace). */
        TreeSet<String> concepts();

        /** Every dcterms:identifier and skos:notation. */
        TreeSet<String> identifiers();
    }

    /** Why a bound value names nothing in the store, if one does not. */
    public static Optional<String> unknownValue(CompetencyQuery q, Map<String, Node> bound, DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> unknownValue(q, bound, of(dsg)));
    }

    /** Why a bound value names nothing in the data, if one does not (the caller reads the data as one snapshot, if it can). */
    public static Optional<String> unknownValue(CompetencyQuery q, Map<String, Node> bound, Data data) {
        for (QueryParameter p : q.parameters()) {
            Node v = bound.get(p.name());
            if (v == null) continue;
            if (p.type() == QueryParameter.Type.CONCEPT && !data.describes(v)) {
                String id = v.getURI().substring(Namespaces.CONCEPT.length());
                return Optional.of("parameter " + p.name() + ": there is no concept '" + id + "' in the store." + nearest(id, data.concepts()));
            }
            TreeSet<String> studies = p.type() == QueryParameter.Type.STRING && isStudyParameter(p.name()) ? data.studies() : null;
            if (studies != null && !studies.contains(v.getLiteralLexicalForm())) {
                String id = v.getLiteralLexicalForm();
                return Optional.of("parameter " + p.name() + ": there is no study '" + id + "' in the store."
                        + (studies.isEmpty() ? " The store holds no study; load one with 'safkg load PATH'." : " Studies: " + String.join(", ", studies) + "."));
            }
            if (p.type() == QueryParameter.Type.STRING && p.name().endsWith("Id") && !data.hasId(v)) {
                String id = v.getLiteralLexicalForm();
                return Optional.of("parameter " + p.name() + ": nothing in the store has the id '" + id + "'." + nearest(id, data.identifiers()));
            }
        }
        return Optional.empty();
    }

    /** The data of an embedded store, read inside the caller's transaction. */
    public static Data of(DatasetGraph dsg) {
        return new Data() {
            @Override
            public boolean describes(Node node) {
                return dsg.getUnionGraph().contains(node, Node.ANY, Node.ANY);
            }

            @Override
            public boolean hasId(Node literal) {
                return dsg.getUnionGraph().contains(Node.ANY, DCTerms.identifier.asNode(), literal)
                        || dsg.getUnionGraph().contains(Node.ANY, SKOS.notation.asNode(), literal);
            }

            @Override
            public TreeSet<String> studies() {
                return ParameterCheck.studies(dsg);
            }

            @Override
            public TreeSet<String> concepts() {
                return ParameterCheck.concepts(dsg);
            }

            @Override
            public TreeSet<String> identifiers() {
                return ParameterCheck.identifiers(dsg);
            }
        };
    }

    /** studyId, firstStudyId, ...: a value must be the id of a study in the store, not any id. */
    public static boolean isStudyParameter(String name) {
        return name.equals("studyId") || name.endsWith("StudyId");
    }

    private static TreeSet<String> studies(DatasetGraph dsg) {
        TreeSet<String> out = new TreeSet<>();
        dsg.getUnionGraph().find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), SAF.Study.asNode()).forEachRemaining(t ->
                dsg.getUnionGraph().find(t.getSubject(), DCTerms.identifier.asNode(), Node.ANY).forEachRemaining(id -> {
                    if (id.getObject().isLiteral()) out.add(id.getObject().getLiteralLexicalForm());
                }));
        return out;
    }

    private static TreeSet<String> concepts(DatasetGraph dsg) {
        TreeSet<String> out = new TreeSet<>();
        dsg.getUnionGraph().find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), SKOS.Concept.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Namespaces.CONCEPT)) {
                out.add(t.getSubject().getURI().substring(Namespaces.CONCEPT.length()));
            }
        });
        return out;
    }

    private static TreeSet<String> identifiers(DatasetGraph dsg) {
        TreeSet<String> out = new TreeSet<>();
        for (Node p : List.of(DCTerms.identifier.asNode(), SKOS.notation.asNode())) {
            dsg.getUnionGraph().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) out.add(t.getObject().getLiteralLexicalForm());
            });
        }
        return out;
    }

    private static String nearest(String value, TreeSet<String> known) {
        LevenshteinDistance lev = LevenshteinDistance.getDefaultInstance();
        List<String> near = known.stream().sorted(Comparator.comparingInt((String k) -> lev.apply(value.toLowerCase(), k.toLowerCase())).thenComparing(k -> k))
                .limit(NEAREST).toList();
        return near.isEmpty() ? "" : " Nearest: " + String.join(", ", near) + ".";
    }
}
