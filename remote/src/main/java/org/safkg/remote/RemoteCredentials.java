package org.safkg.remote;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Who to authenticate as on a remote store: read from the environment or a credentials file, never from the command line. */
public record RemoteCredentials(String user, String password) {
    public static final String USER_ENV = "SAFKG_REMOTE_USER";
    public static final String PASSWORD_ENV = "SAFKG_REMOTE_PASSWORD";
    public static final String FILE_ENV = "SAFKG_REMOTE_CREDENTIALS";

    /**
     * The credentials the environment gives: the file named by {@value #FILE_ENV} (a properties file
     * with {@code user=} and {@code password=}), else {@value #USER_ENV} and {@value #PASSWORD_ENV};
     * none if neither is set.
     *
     * @throws IllegalArgumentException naming the variable or file and what is missing
     */
    public static Optional<RemoteCredentials> fromEnvironment(Map<String, String> env) {
        String file = env.get(FILE_ENV);
        if (file != null && !file.isBlank()) return Optional.of(fromFile(Path.of(file)));
        String user = env.get(USER_ENV);
        if (user == null || user.isBlank()) return Optional.empty();
        String password = env.get(PASSWORD_ENV);
        if (password == null) {
            throw new IllegalArgumentException(USER_ENV + " is set but " + PASSWORD_ENV + " is not: set both, or put user= and password= in a file named by " + FILE_ENV);
        }
        return Optional.of(new RemoteCredentials(user, password));
    }

    /** Reads a credentials file ({@code user=...} and {@code password=...} lines). */
    public static RemoteCredentials fromFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the credentials file " + file + " (named by " + FILE_ENV + "): " + e.getMessage()
                    + "; it must hold the lines user=NAME and password=SECRET");
        }
        String user = p.getProperty("user");
        String password = p.getProperty("password");
        if (user == null || user.isBlank() || password == null) {
            throw new IllegalArgumentException("the credentials file " + file + " (named by " + FILE_ENV + ") must hold the lines user=NAME and password=SECRET; "
                    + (user == null || user.isBlank() ? "user" : "password") + " is missing");
        }
        return new RemoteCredentials(user.strip(), password.strip());
    }

    /** The value of an HTTP Basic {@code Authorization} header. */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        // never print the password, e.g. in an error message or a log
        return "RemoteCredentials[user=" + user + "]";
    }
}
