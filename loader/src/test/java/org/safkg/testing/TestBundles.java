package org.safkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies of study bundles that a test can break on purpose. */
public final class TestBundles {
    private TestBundles() {}

    /** The repository root (set by Surefire; falls back to the module's parent). */
    public static Path root() {
        String r = System.getProperty("safkg.root");
        return r != null ? Path.of(r) : Path.of("..").toAbsolutePath().normalize();
    }

    /** The bundled Vanguard study. */
    public static Path vanguard() {
        return root().resolve("data/vanguard-2022");
    }

    /** The small test bundle in this module's test resources. */
    public static Path minimal() {
        return root().resolve("loader/src/test/resources/bundles/minimal");
    }

    /** A copy of a bundle folder under {@code tmp}. */
    public static Path copy(Path bundle, Path tmp) {
        Path target = tmp.resolve(bundle.getFileName().toString());
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(bundle)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, target.resolve(f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces the first occurrence of {@code from} in a file of the bundle. */
    public static void replace(Path bundle, String file, String from, String to) {
        Path f = bundle.resolve(file);
        try {
            String s = Files.readString(f, StandardCharsets.UTF_8);
            int i = s.indexOf(from);
            if (i < 0) throw new IllegalArgumentException(from + " not in " + f);
            Files.writeString(f, s.substring(0, i) + to + s.substring(i + from.length()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path bundle, String file, String content) {
        try {
            Files.writeString(bundle.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first line containing {@code text}. */
    public static int lineOf(Path bundle, String file, String text) {
        try {
            List<String> lines = Files.readAllLines(bundle.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(text + " not in " + file);
    }
}
