package org.safkg.queries;

import java.nio.file.Path;

import org.safkg.load.StudyLoader;
import org.safkg.store.StudyStore;

/** The bundled Vanguard study loaded once into an in-memory TDB2 store, shared by the query tests. */
final class BundledStudy {
    static final Path ROOT = Path.of(System.getProperty("safkg.root", ".."));
    private static StudyStore store;

    private BundledStudy() {}

    static synchronized StudyStore store() {
        if (store == null) {
            store = StudyStore.inMemory();
            new StudyLoader().load(ROOT.resolve("data/vanguard-2022"), store);
        }
        return store;
    }
}
