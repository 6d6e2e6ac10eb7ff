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
    private final boolean replace;

    private TdbStoreSink(Path location, StudyStore open, boolean replace) {
        this.location = location;
        this.open = open;
        this.replace = replace;
    }

    /** The store in a folder, opened only when a checked study is written (so a refused study leaves no trace) and closed after. */
    public static TdbStoreSink at(Path location) {
        return at(location, false);
    }

    /** As {@link #at(Path)}; {@code replace} lets a reload shrink the study (see {@link ReloadGuard}). */
    public static TdbStoreSink at(Path location, boolean replace) {
        return new TdbStoreSink(location, null, replace);
    }

    /** A store the caller has open (and closes). */
    public static TdbStoreSink into(StudyStore store) {
        return into(store, false);
    }

    /** As {@link #into(StudyStore)}; {@code replace} lets a reload shrink the study. */
    public static TdbStoreSink into(StudyStore store, boolean replace) {
        return new TdbStoreSink(null, store, replace);
    }

    @Override
    public WriteReport write(PreparedStudy study) {
        if (open != null) return write(study, open);
        try (StudyStore store = StudyStore.open(location)) {
            return write(study, store);
        }
    }

    private WriteReport write(PreparedStudy study, StudyStore store) {
        Map<String, Graph> named = study.namedGraphsWithOntology();
        // only this JVM has the store open, so nothing changes it between the check and the write
        ReloadGuard.Change change = ReloadGuard.check(study, store.datasetGraph(), replace);
        store.replaceGraphs(named);
        Map<String, Long> sizes = new LinkedHashMap<>();
        named.forEach((iri, g) -> sizes.put(iri, (long) g.size()));
        return new WriteReport(location != null ? location.toString() : "the store", sizes, change.words());
    }
}
