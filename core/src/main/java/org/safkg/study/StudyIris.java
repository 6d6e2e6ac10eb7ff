package org.safkg.study;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.safkg.vocab.Namespaces;

/** The IRIs of one study's resources and graphs; the only place their patterns are written. */
public final class StudyIris {
    /** The graph that holds the ontology and the concept schemes. */
    public static final String ONTOLOGY_GRAPH = Namespaces.GRAPH + "ontology";

    /**
     * Study ids that would name one of SAF-KG's own graphs or paths (graph/ontology, graph/reference/...)
     * or be mistaken for one: refused whatever their case, so that no study can replace the ontology.
     */
    public static final Set<String> RESERVED_IDS = Set.of("ontology", "reference", "concept", "concepts", "graph",
            "study", "provenance", "excerpts", "void", "queries", "sparql", "search", "network");
    /** The one pattern of study and row ids: they become IRI path segments. */
    public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final String studyId;
    private final String base;

    /** Why an id cannot be a study's id (it would not be an IRI segment, or it names SAF-KG's own graphs), if it cannot. */
    public static Optional<String> refusal(String studyId) {
        if (studyId == null || !ID_PATTERN.matcher(studyId).matches()) {
            return Optional.of("a study id is letters, digits, '-', '_' and '.', starting with a letter or digit");
        }
        if (isReserved(studyId)) {
            return Optional.of("\"" + studyId + "\" is reserved: SAF-KG names its own graphs with it (reserved: " + reservedIds() + ")");
        }
        return Optional.empty();
    }

    /** Whether the id names one of SAF-KG's own graphs or paths, in any case. */
    public static boolean isReserved(String id) {
        return RESERVED_IDS.contains(id.toLowerCase(Locale.ROOT));
    }

    /** The reserved ids, sorted, as messages list them. */
    public static String reservedIds() {
        return String.join(", ", new java.util.TreeSet<>(RESERVED_IDS));
    }

    /** The IRIs of a study; refuses an id that {@link #refusal} refuses, whatever path it came by. */
    public StudyIris(String studyId) {
        refusal(studyId).ifPresent(why -> {
            throw new IllegalArgumentException("study id '" + studyId + "': " + why);
        });
        this.studyId = studyId;
        this.base = Namespaces.STUDY + studyId + "/";
    }

    public String studyId() {
        return studyId;
    }

    public String study() {
        return base;
    }

    /** A resource of the study: {@code kind} is a path segment such as "site" or "episode". */
    public String of(String kind, String id) {
        return base + kind + "/" + id;
    }

    /** The graph of the study's codes, episodes, actors, sites and metadata. */
    public String studyGraph() {
        return Namespaces.GRAPH + studyId;
    }

    /** The graph of the verbatim excerpt text: kept apart so that it can be access-controlled. */
    public String excerptsGraph() {
        return Namespaces.GRAPH + studyId + "/excerpts";
    }

    /** The graph that records how the study's graphs were loaded. */
    public String provenanceGraph() {
        return Namespaces.GRAPH + studyId + "/provenance";
    }

    public static String doi(String doi) {
        return "https://doi.org/" + doi;
    }
}
