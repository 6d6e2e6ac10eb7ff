package org.safkg.study;

import org.safkg.vocab.Namespaces;

/** The IRIs of one study's resources and graphs; the only place their patterns are written. */
public final class StudyIris {
    /** The graph that holds the ontology and the concept schemes. */
    public static final String ONTOLOGY_GRAPH = Namespaces.GRAPH + "ontology";

    private final String studyId;
    private final String base;

    public StudyIris(String studyId) {
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
