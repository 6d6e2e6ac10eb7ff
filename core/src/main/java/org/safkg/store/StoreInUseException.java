package org.safkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The store is open in another process (TDB2 allows one): said in one line that names the holder, never as a lock trace. */
public final class StoreInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    StoreInUseException(Path location, Throwable cause) {
        super(message(location), cause);
    }

    private static String message(Path location) {
        Optional<String> pid = readPid(location);
        String holder = pid.map(p -> "pid " + p + commandOf(p).map(c -> ", " + c).orElse("")).orElse("another process");
        return "the store " + location + " is open in " + holder + ": stop it, or load into the running server with --to URL"
                + " (e.g. --to http://localhost:3030/safkg-research/data)";
    }

    /** TDB2 writes the holder's pid into tdb.lock. */
    private static Optional<String> readPid(Path location) {
        try {
            String s = Files.readString(location.resolve("tdb.lock"), StandardCharsets.US_ASCII).strip();
            return s.matches("\\d{1,10}") ? Optional.of(s) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Which safkg command holds it, when the system says (Linux /proc); nothing else of the command line is shown. */
    private static Optional<String> commandOf(String pid) {
        try {
            String[] args = new String(Files.readAllBytes(Path.of("/proc", pid, "cmdline")), StandardCharsets.UTF_8).split("\0");
            for (int i = 0; i < args.length; i++) {
                if (args[i].endsWith("safkg.jar") && i + 1 < args.length && args[i + 1].matches("[a-z-]{2,20}")) {
                    return Optional.of("`safkg " + args[i + 1] + "`");
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
