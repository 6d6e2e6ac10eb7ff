package org.safkg.cli;

import java.nio.file.Path;

/** Where the repository (data/, queries/, store/) is: the launcher passes it as -Dsafkg.home. */
final class SafkgHome {
    private SafkgHome() {}

    static Path get() {
        String home = System.getProperty("safkg.home");
        if (home == null || home.isBlank()) home = System.getenv("SAFKG_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    /** The study bundle SAF-KG ships with. */
    static Path bundledStudy() {
        return get().resolve("data").resolve("vanguard-2022");
    }

    /** The default embedded store (git-ignored). */
    static Path defaultStore() {
        return get().resolve("store").resolve("tdb2");
    }
}
