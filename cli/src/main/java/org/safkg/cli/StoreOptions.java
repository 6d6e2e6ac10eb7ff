package org.safkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The --store option shared by the commands that use the embedded store. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "The embedded TDB2 store (default: $SAFKG_STORE, else store/tdb2 in the repository, git-ignored).")
    Path store;

    Path location() {
        if (store != null) return store;
        String env = System.getenv("SAFKG_STORE");
        return env != null && !env.isBlank() ? Path.of(env) : SafkgHome.defaultStore();
    }
}
