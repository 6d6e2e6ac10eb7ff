package org.safkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server's password file ({@code user: password} lines): created once with random passwords, then only read. */
public final class PasswordFile {
    private PasswordFile() {}

    /** Creates the file with a random password per user if it does not exist; returns whether it was created. */
    public static boolean ensure(Path file, List<String> users) {
        if (Files.exists(file)) return false;
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder("# SAF-KG server logins (created by ./safkg serve; never commit this file)\n");
        for (String user : users) {
            byte[] bytes = new byte[18];
            random.nextBytes(bytes);
            text.append(user).append(": ").append(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)).append('\n');
        }
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // only the owner may read the passwords
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the password file " + file, e);
        }
        return true;
    }

    /** The users and passwords in the file. */
    public static Map<String, String> read(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                int colon = l.indexOf(':');
                if (colon > 0) out.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + file, e);
        }
        return out;
    }
}
