package org.safkg.refiqda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a .qdpx archive (project.qde, then sources/) atomically: into a temporary file in the same
 * folder, created with the user's umask like any file they write, then renamed over the target. A
 * failed export leaves the earlier file, if any, untouched, and no partial file behind.
 */
final class QdpxFileWriter {
    private QdpxFileWriter() {}

    static void write(Path out, byte[] qde, Map<String, byte[]> sourceFiles) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            // not Files.createTempFile: it makes the file 0600 whatever the umask
            try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(os)) {
                put(zip, "project.qde", qde);
                for (var e : sourceFiles.entrySet()) put(zip, "sources/" + e.getKey(), e.getValue());
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the rename succeeded or the write failed first: nothing more to tidy
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0); // fixed time: the same study gives the same bytes
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
