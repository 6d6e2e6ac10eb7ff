package org.safkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.safkg.load.StudyLoader;
import org.safkg.store.StudyStore;

/** Opens the embedded store, first loading the bundled study into it if it is empty (the one-command start). */
final class ReadyStore {
    private ReadyStore() {}

    static StudyStore open(Path location, PrintWriter err) {
        StudyStore store = StudyStore.open(location);
        if (store.isEmpty()) {
            err.println("The store at " + location + " is empty: loading the bundled study " + SafkgHome.bundledStudy() + " first.");
            err.flush();
            try {
                new StudyLoader().load(SafkgHome.bundledStudy(), store);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }
}
