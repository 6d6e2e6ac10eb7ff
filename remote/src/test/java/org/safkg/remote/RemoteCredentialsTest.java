package org.safkg.remote;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials come from the environment or a file; what is missing is named, and the password is never printed. */
class RemoteCredentialsTest {
    @TempDir
    Path tmp;

    @Test
    void noneWhenNothingIsSet() {
        assertEquals(Optional.empty(), RemoteCredentials.fromEnvironment(Map.of()));
    }

    @Test
    void fromUserAndPasswordVariables() {
        RemoteCredentials c = RemoteCredentials.fromEnvironment(Map.of("SAFKG_REMOTE_USER", "loader", "SAFKG_REMOTE_PASSWORD", "s3cret")).orElseThrow();
        assertEquals(new RemoteCredentials("loader", "s3cret"), c);
        assertEquals("Basic bG9hZGVyOnMzY3JldA==", c.basicAuthorization());
        assertEquals("RemoteCredentials[user=loader]", c.toString());
    }

    @Test
    void aUserWithoutAPasswordIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RemoteCredentials.fromEnvironment(Map.of("SAFKG_REMOTE_USER", "loader")));
        assertEquals("SAFKG_REMOTE_USER is set but SAFKG_REMOTE_PASSWORD is not: set both, or put user= and password= in a file named by SAFKG_REMOTE_CREDENTIALS",
                e.getMessage());
    }

    @Test
    void theFileWinsOverTheVariables() throws IOException {
        Path f = tmp.resolve("remote.properties");
        Files.writeString(f, "# SAF-KG remote store\nuser = curator\npassword = from file\n");
        RemoteCredentials c = RemoteCredentials.fromEnvironment(Map.of("SAFKG_REMOTE_CREDENTIALS", f.toString(),
                "SAFKG_REMOTE_USER", "loader", "SAFKG_REMOTE_PASSWORD", "s3cret")).orElseThrow();
        assertEquals(new RemoteCredentials("curator", "from file"), c);
    }

    @Test
    void aFileWithoutPasswordOrMissingIsNamed() throws IOException {
        Path f = tmp.resolve("remote.properties");
        Files.writeString(f, "user=curator\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RemoteCredentials.fromEnvironment(Map.of("SAFKG_REMOTE_CREDENTIALS", f.toString())));
        assertEquals("the credentials file " + f + " (named by SAFKG_REMOTE_CREDENTIALS) must hold the lines user=NAME and password=SECRET; password is missing",
                e.getMessage());
        Path missing = tmp.resolve("nope.properties");
        e = assertThrows(IllegalArgumentException.class, () -> RemoteCredentials.fromEnvironment(Map.of("SAFKG_REMOTE_CREDENTIALS", missing.toString())));
        assertTrue(e.getMessage().startsWith("cannot read the credentials file " + missing + " (named by SAFKG_REMOTE_CREDENTIALS): "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; it must hold the lines user=NAME and password=SECRET"), e.getMessage());
    }
}
