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

    /** Where the server keeps its run-time files (FUSEKI_BASE; git-ignored). */
    static Path runFolder() {
        return get().resolve("run");
    }

    /** The password file serve creates on first start (never committed). */
    static Path passwordFile() {
        return runFolder().resolve("passwd");
    }

    /** The login of a user of the password file, or null when user is null. */
    static org.safkg.remote.RemoteQueryRunner.Login login(String user) {
        if (user == null) return null;
        Path passwd = passwordFile();
        String password = org.safkg.server.PasswordFile.read(passwd).get(user);
        if (password == null) throw new IllegalArgumentException("no user '" + user + "' in " + passwd);
        return new org.safkg.remote.RemoteQueryRunner.Login(user, password);
    }
}
