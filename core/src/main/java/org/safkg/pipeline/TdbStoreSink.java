package org.safkg.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.safkg.store.StudyStore;

/** The embedded TDB2 store: the study's graphs and the ontology replaced in one transaction, all or nothing. */
public final class TdbStoreSink implements StudySink {
    private final Path location;
    private final StudyStore open;

    private TdbStoreSink(Path location, StudyStore open) {
        this.location = location;
        this.open = open;
    }

    /** The store in a folder, opened only when a checked study is written (so a refused study leaves no trace) and closed after. */
    public static TdbStoreSink at(Path location) {
        return new TdbStoreSink(location, null);
    }

    /** A store the caller has open (and closes). */
    public static TdbStoreSink into(StudyStore store) {
        return new TdbStoreSink(null, store);
    }

    @Override
    public WriteReport write(PreparedStudy study) {
        Map<String, Graph> named = study.namedGraphsWithOntology();
        if (open != null) {
            open.replaceGraphs(named);
        } else {
            try (StudyStore store = StudyStore.open(location)) {
                store.replaceGraphs(named);
            }
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        named.forEach((iri, g) -> sizes.put(iri, (long) g.size()));
        return new WriteReport(location != null ? location.toString() : "the store", sizes);
    }
}
